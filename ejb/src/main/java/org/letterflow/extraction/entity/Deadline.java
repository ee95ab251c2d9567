package org.letterflow.extraction.entity;

import java.time.LocalDate;

/**
 * A date by which the recipients of a letter must do something, with the sentence that says so
 * and where that sentence stands in the text (character offsets, for highlighting).
 * {@code relative} is the period a relative deadline counts ("5 рабочих дней со дня получения"):
 * its date then depends on the day the letter was received and is recomputed at registration.
 * {@code yearFrom} says where the year came from when the letter did not print it beside the day:
 * {@link #YEAR_FROM_LETTER}, {@link #YEAR_FROM_RECEIVED} or {@link #YEAR_FROM_NEAREST}; null when printed.
 * {@code confidence} (0..1) says how sure this one deadline is, from how it was found
 * ({@code org.letterflow.extraction.control.Confidence}).
 */
public record Deadline(LocalDate date, String sentence, int start, int end, String relative, String yearFrom,
                       double confidence) {

    /** The confidence of a deadline nobody weighed (tests, dates built by hand). */
    private static final double UNWEIGHED = 0.9;

    /** The year is the letter's own date's (or the next, when the day would fall before the letter). */
    public static final String YEAR_FROM_LETTER = "letter_date";
    /** The letter has no date of its own: the year is the day it was received — a guess the clerk should check. */
    public static final String YEAR_FROM_RECEIVED = "received";
    /** Neither the letter's date nor the day received is known: the year of the nearest full date in the text. */
    public static final String YEAR_FROM_NEAREST = "nearest_date";

    public Deadline(LocalDate date, String sentence, int start, int end) {
        this(date, sentence, start, end, null, null, UNWEIGHED);
    }

    public Deadline(LocalDate date, String sentence, int start, int end, String relative) {
        this(date, sentence, start, end, relative, null, UNWEIGHED);
    }

    /** The same deadline, as sure as {@code confidence}. */
    public Deadline weighed(double confidence) {
        return new Deadline(date, sentence, start, end, relative, yearFrom, confidence);
    }
}
