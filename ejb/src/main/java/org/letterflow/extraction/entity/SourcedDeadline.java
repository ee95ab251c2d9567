package org.letterflow.extraction.entity;

import java.time.LocalDate;

/** A deadline with where it was found: {@code source} null for the letter's own text. */
public record SourcedDeadline(LocalDate date, String sentence, DeadlineSource source) {

    public boolean fromLetterText() {
        return source == null;
    }
}
