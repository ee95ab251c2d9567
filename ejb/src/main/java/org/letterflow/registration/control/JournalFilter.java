package org.letterflow.registration.control;

import java.time.LocalDate;
import java.util.Map;
import org.letterflow.platform.Text;
import org.letterflow.platform.TypedFilter;
import org.letterflow.registration.control.LetterQuery;
import org.letterflow.registration.entity.Direction;
import org.letterflow.registration.entity.LetterState;

/**
 * The column filters of Входящие and Исходящие, read from what was typed above the table:
 * "from"/"to" — the registration date (a draft's day of creation), both days included; "correspondent"
 * — part of the correspondent's name (the addressees of an outgoing letter); "state"; "executor" —
 * part of the executor's name on the letter or of a person given a task on it. All of it reaches
 * the database as bound parameters of {@link LetterSearch}.
 */
public record JournalFilter(LocalDate from, LocalDate to, String correspondent, LetterState state, String executor) {

    public static final JournalFilter NONE = new JournalFilter(null, null, null, null, null);

    public JournalFilter {
        TypedFilter.period("to", from, to);
    }

    /** The filters as typed (name → text); bad input is refused with a Russian message naming the field. */
    public static JournalFilter read(Map<String, String> typed) {
        return new JournalFilter(TypedFilter.date("from", Text.FILTER_PERIOD_FROM, typed.get("from")),
                TypedFilter.date("to", Text.FILTER_PERIOD_TO, typed.get("to")), TypedFilter.text(typed.get("correspondent")),
                TypedFilter.choice("state", LetterState.class, typed.get("state")),
                TypedFilter.text(typed.get("executor")));
    }

    public LetterQuery query(Direction direction) {
        return new LetterQuery(null, null, direction, null, from, to, correspondent, state, executor);
    }
}
