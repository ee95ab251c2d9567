package org.letterflow.registration.entity;

/** How one letter refers to another. */
public enum LetterLink {
    /** "На № … от …": this letter answers that one. */
    REPLY_TO,
    /** This letter cites that one in its text. */
    REFERS_TO,
    /** This letter forwards that one down the hierarchy. */
    REISSUE_OF
}
