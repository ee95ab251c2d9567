package org.letterflow.registration.entity;

/** Which way a letter goes, and so which journal numbers it. */
public enum Direction {
    INCOMING,
    OUTGOING,
    INTERNAL
}
