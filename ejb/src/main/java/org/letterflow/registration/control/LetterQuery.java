package org.letterflow.registration.control;

import java.time.LocalDate;
import org.letterflow.platform.BusinessException;
import org.letterflow.platform.Text;
import org.letterflow.registration.entity.Direction;
import org.letterflow.registration.entity.LetterState;

/**
 * A search: words (Russian morphology: "письма" finds "письмо") or a number exactly as typed,
 * and filters. Any part may be null. {@code executor}: the letter's executor as written on it, or a
 * person given a task on it, by part of the name (Входящие's and Исходящие's column filter).
 */
public record LetterQuery(String text, String number, Direction direction, Long journalId, LocalDate from,
                          LocalDate to, String correspondent, LetterState state, String executor) {

    public LetterQuery(String text, String number, Direction direction, Long journalId, LocalDate from,
                       LocalDate to, String correspondent, LetterState state) {
        this(text, number, direction, journalId, from, to, correspondent, state, null);
    }

    /**
     * Typed text with a control character (a NUL above all, which PostgreSQL refuses in any text)
     * names no letter: refused with the parameter it came in, before it reaches the database.
     */
    public LetterQuery {
        typed("q", text);
        typed("number", number);
        typed("correspondent", correspondent);
        typed("executor", executor);
    }

    private static void typed(String parameter, String value) {
        if (value != null && value.chars().anyMatch(Character::isISOControl)) {
            int c = value.chars().filter(Character::isISOControl).findFirst().orElseThrow();
            throw BusinessException.invalid(parameter, Text.SEARCH_CONTROL_CHARACTER, parameter,
                    String.format("%04X", c));
        }
    }

    public static LetterQuery of(Direction direction) {
        return new LetterQuery(null, null, direction, null, null, null, null, null);
    }
}
