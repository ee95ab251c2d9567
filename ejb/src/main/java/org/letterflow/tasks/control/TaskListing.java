package org.letterflow.tasks.control;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.letterflow.platform.Text;
import org.letterflow.platform.TypedFilter;
import org.letterflow.tasks.control.TaskRow;
import org.letterflow.tasks.entity.CheckpointState;

/**
 * The column filters and sorts of Мои поручения and На контроле over the rows Tasks.list gives
 * (at most a thousand due dates of one person, so they are filtered and sorted in memory):
 * "from"/"to" — the due date, both days included; "state" — the due date's state (nothing chosen on
 * Мои поручения: all but done, as Tasks.list reads it); "letter" — part of the letter's number or
 * subject; "person" — part of the name of the assignee or of the resolution's author.
 */
public record TaskListing(LocalDate from, LocalDate to, CheckpointState state, String letter, String person) {

    /** The columns a person may sort by, each with its order; anything else keeps the earliest-due-first order. */
    public static final Map<String, Comparator<TaskRow>> ORDERS = Map.of(
            "dueOn", Comparator.comparing(TaskRow::dueOn),
            "letterNumber", Comparator.comparing(TaskRow::letterNumber, Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER)),
            "resolution", Comparator.comparing(TaskRow::resolution, String.CASE_INSENSITIVE_ORDER),
            "assignee", Comparator.comparing(TaskRow::assignee, Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER)),
            "state", Comparator.comparing(TaskRow::state));

    public static final Set<String> SORTABLE = ORDERS.keySet();

    public TaskListing {
        TypedFilter.period("to", from, to);
    }

    public static TaskListing read(Map<String, String> typed) {
        return new TaskListing(TypedFilter.date("from", Text.FILTER_DUE_FROM, typed.get("from")),
                TypedFilter.date("to", Text.FILTER_DUE_TO, typed.get("to")),
                TypedFilter.choice("state", CheckpointState.class, typed.get("state")),
                TypedFilter.text(typed.get("letter")), TypedFilter.text(typed.get("person")));
    }

    public boolean matches(TaskRow row) {
        return (from == null || !row.dueOn().isBefore(from)) && (to == null || !row.dueOn().isAfter(to))
                && (state == null || row.state() == state)
                && (letter == null || contains(row.letterNumber(), letter) || contains(row.subject(), letter))
                && (person == null || contains(row.assignee(), person) || contains(row.author(), person));
    }

    /** The order of a clicked column, either way, ties broken by due date and task; null for a field that is no column. */
    public static Comparator<TaskRow> order(String field, boolean ascending) {
        Comparator<TaskRow> column = field == null ? null : ORDERS.get(field);
        if (column == null) {
            return null;
        }
        Comparator<TaskRow> tie = Comparator.comparing(TaskRow::dueOn).thenComparingLong(TaskRow::task)
                .thenComparingInt(TaskRow::position);
        return (ascending ? column : column.reversed()).thenComparing(tie);
    }

    private static boolean contains(String text, String part) {
        return text != null && text.toLowerCase(Locale.ROOT).contains(part.toLowerCase(Locale.ROOT));
    }
}
