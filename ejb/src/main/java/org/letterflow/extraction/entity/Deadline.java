package org.letterflow.extraction.entity;

import java.time.LocalDate;

/**
 * A date by which the recipients of a letter must do something, with the sentence that says so
 * and where that sentence stands in the text (character offsets, for highlighting).
 */
public record Deadline(LocalDate date, String sentence, int start, int end) {
}
