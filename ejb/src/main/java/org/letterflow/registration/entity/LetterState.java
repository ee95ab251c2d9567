package org.letterflow.registration.entity;

/** Where a letter is in its life: a draft has no number yet; a registered letter has one. */
public enum LetterState {
    DRAFT,
    REGISTERED,
    SENT
}
