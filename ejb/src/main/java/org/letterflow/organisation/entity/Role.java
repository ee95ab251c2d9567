package org.letterflow.organisation.entity;

/** What a user may do; the names are also the Jakarta Security groups and roles. */
public enum Role {
    /** Registers letters and forwards them. */
    CLERK,
    /** Approves, signs and gives resolutions. */
    EXECUTIVE,
    /** Drafts letters and receives tasks. */
    EXECUTOR,
    /** Manages organisations, users and roles. */
    ADMIN
}
