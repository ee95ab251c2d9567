package org.letterflow.registration.control;

import java.time.LocalDate;
import org.letterflow.registration.entity.Direction;
import org.letterflow.registration.entity.LetterState;

/**
 * One line of a list or of search results. {@code highlight} is HTML: the matching words of the
 * subject or text in {@code <mark>}, everything else escaped.
 */
public record LetterRow(long id, Direction direction, LetterState state, String registrationNumber,
                        LocalDate registrationDate, String correspondent, String correspondentNumber,
                        LocalDate correspondentDate, String subject, boolean restricted, String highlight) {
}
