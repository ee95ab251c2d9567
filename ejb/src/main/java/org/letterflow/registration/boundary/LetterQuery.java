package org.letterflow.registration.boundary;

import java.time.LocalDate;
import org.letterflow.registration.entity.Direction;
import org.letterflow.registration.entity.LetterState;

/**
 * A search: words (Russian morphology: "письма" finds "письмо") or a number exactly as typed,
 * and filters. Any part may be null.
 */
public record LetterQuery(String text, String number, Direction direction, Long journalId, LocalDate from,
                          LocalDate to, String correspondent, LetterState state) {

    public static LetterQuery of(Direction direction) {
        return new LetterQuery(null, null, direction, null, null, null, null, null);
    }
}
