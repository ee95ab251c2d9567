package org.letterflow.tasks.control;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.letterflow.platform.Conditions;
import org.letterflow.platform.Like;
import org.letterflow.platform.SortableColumns;
import org.letterflow.platform.Text;
import org.letterflow.platform.TypedFilter;
import org.letterflow.tasks.entity.CheckpointState;

/**
 * The column filters and sorts of Мои поручения, На контроле and {@code GET /api/v1/tasks}, as SQL over
 * DueDates' rows (checkpoint c of task t, resolution r, letter l, author a, assignee u or o), so a
 * person's whole list is filtered, sorted and paged in the query however long it is:
 * "from"/"to" — the due date, both days included; "state" — the due date's state (none chosen: all
 * but done); "letter" — part of the letter's number or subject; "person" — part of the name of the
 * assignee or of the resolution's author.
 */
public record TaskListing(LocalDate from, LocalDate to, CheckpointState state, String letter, String person) {

    /**
     * The sortable columns; the lists' own order is earliest due first. Text sorts without regard
     * to case, a state in its order of work (open, reported, done), not alphabetically.
     */
    public static final SortableColumns COLUMNS = new SortableColumns(Map.of(
            "dueOn", "c.due_on",
            "letterNumber", "lower(l.registration_number)",
            "resolution", "lower(r.text)",
            "assignee", "lower(coalesce(u.short_name, o.short_name))",
            "state", "case c.state when 'OPEN' then 0 when 'REPORTED' then 1 else 2 end"),
            "c.due_on, t.id, c.position", "c.due_on, t.id, c.position");

    public static final Set<String> SORTABLE = COLUMNS.fields();

    /** No filter: every due date not yet done. */
    public static final TaskListing ALL = new TaskListing(null, null, null, null, null);

    public TaskListing {
        TypedFilter.period("to", from, to);
    }

    public static TaskListing read(Map<String, String> typed) {
        return new TaskListing(TypedFilter.date("from", Text.FILTER_DUE_FROM, typed.get("from")),
                TypedFilter.date("to", Text.FILTER_DUE_TO, typed.get("to")),
                TypedFilter.choice("state", CheckpointState.class, typed.get("state")),
                TypedFilter.text(typed.get("letter")), TypedFilter.text(typed.get("person")));
    }

    /** The same filters on the due dates in one state (На контроле: the reports waiting for a decision). */
    public TaskListing in(CheckpointState only) {
        return new TaskListing(from, to, only, letter, person);
    }

    /** The same filters on the due dates within a period as well (a month of the calendar). */
    public TaskListing within(LocalDate start, LocalDate end) {
        LocalDate later = from == null || start.isAfter(from) ? start : from;
        LocalDate earlier = to == null || end.isBefore(to) ? end : to;
        return later.isAfter(earlier) ? null : new TaskListing(later, earlier, state, letter, person);
    }

    /** The filters as conditions on DueDates' rows, their parameters numbered from {@code first}. */
    public Conditions where(int first) {
        Conditions where = new Conditions(first);
        where.and(state == null ? "c.state <> 'DONE'" : "c.state = " + where.parameter(state.name()));
        if (from != null) {
            where.and("c.due_on >= " + where.parameter(Date.valueOf(from)));
        }
        if (to != null) {
            where.and("c.due_on <= " + where.parameter(Date.valueOf(to)));
        }
        if (letter != null) {
            String p = where.parameter(Like.containing(letter));
            where.and("(lower(l.registration_number) like " + p + " or lower(l.subject) like " + p + ")");
        }
        if (person != null) {
            String p = where.parameter(Like.containing(person));
            where.and("(lower(coalesce(u.short_name, o.short_name)) like " + p + " or lower(a.short_name) like " + p + ")");
        }
        return where;
    }
}
