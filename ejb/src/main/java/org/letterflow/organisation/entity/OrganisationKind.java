package org.letterflow.organisation.entity;

/** The level of an organisation in the public-education hierarchy. */
public enum OrganisationKind {
    MINISTRY,
    REGIONAL_AUTHORITY,
    MUNICIPAL_AUTHORITY,
    SCHOOL,
    OTHER
}
