package org.letterflow.approval.control;

import java.sql.Date;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import org.letterflow.platform.Conditions;
import org.letterflow.platform.Like;
import org.letterflow.platform.SortableColumns;
import org.letterflow.platform.Text;
import org.letterflow.platform.TypedFilter;

/**
 * The column filters and sorts of На согласовании and {@code GET /api/v1/approvals/pending}, as SQL over
 * the steps waiting (step st of sheet s, its letter l), so every draft waiting for the caller is
 * filtered, sorted and paged in the query: "from"/"to" — the day the approval started in the
 * organisation's time zone, both days included; "initiator" — part of the initiator's name;
 * "subject" — part of the draft's subject.
 */
public record ApprovalListing(LocalDate from, LocalDate to, String initiator, String subject) {

    /** The sortable columns; the list's own order is the oldest approval first. */
    public static final SortableColumns COLUMNS = new SortableColumns(Map.of(
            "subject", "lower(l.subject)",
            "initiator", "lower(s.initiator)",
            "startedAt", "s.started_at"),
            "s.started_at, st.id", "s.started_at, st.id");

    public static final Set<String> SORTABLE = COLUMNS.fields();

    /** Step st's turn has come, as its sheet wrote it (ApprovalSheet.isCurrent, the column {@code in_turn}). */
    public static final String TURN = "st.in_turn";

    /** No filter. */
    public static final ApprovalListing ALL = new ApprovalListing(null, null, null, null);

    public ApprovalListing {
        TypedFilter.period("to", from, to);
    }

    public static ApprovalListing read(Map<String, String> typed) {
        return new ApprovalListing(TypedFilter.date("from", Text.FILTER_STARTED_FROM, typed.get("from")),
                TypedFilter.date("to", Text.FILTER_STARTED_TO, typed.get("to")), TypedFilter.text(typed.get("initiator")),
                TypedFilter.text(typed.get("subject")));
    }

    /** The filters as conditions on the waiting steps, their parameters numbered from {@code first}; days in {@code zone}. */
    public Conditions where(int first, ZoneId zone) {
        Conditions where = new Conditions(first);
        if (from != null || to != null) {
            String day = "cast(timezone(" + where.parameter(zone.getId()) + ", s.started_at) as date)";
            if (from != null) {
                where.and(day + " >= " + where.parameter(Date.valueOf(from)));
            }
            if (to != null) {
                where.and(day + " <= " + where.parameter(Date.valueOf(to)));
            }
        }
        if (initiator != null) {
            where.and("lower(s.initiator) like " + where.parameter(Like.containing(initiator)));
        }
        if (subject != null) {
            where.and("lower(l.subject) like " + where.parameter(Like.containing(subject)));
        }
        return where;
    }
}
