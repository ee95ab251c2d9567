package org.letterflow.extraction.entity;

import java.time.LocalDate;

/**
 * A date by which the recipients of a letter must do something, with the sentence that says so
 * and where that sentence stands in the text (character offsets, for highlighting).
 * {@code relative} is the period a relative deadline counts ("5 рабочих дней со дня получения"):
 * its date then depends on the day the letter was received and is recomputed at registration.
 */
public record Deadline(LocalDate date, String sentence, int start, int end, String relative) {

    public Deadline(LocalDate date, String sentence, int start, int end) {
        this(date, sentence, start, end, null);
    }
}
