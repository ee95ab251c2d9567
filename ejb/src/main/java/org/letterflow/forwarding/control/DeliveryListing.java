package org.letterflow.forwarding.control;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.letterflow.platform.Conditions;
import org.letterflow.platform.Like;
import org.letterflow.platform.SortableColumns;
import org.letterflow.platform.Text;
import org.letterflow.platform.TypedFilter;

/**
 * The column filters and sorts of Новые поступления and {@code GET /api/v1/deliveries}, as SQL over the
 * inbox's rows (delivery d, the sender's letter l, the sending organisation s), so all the deliveries
 * waiting are filtered, sorted and paged in the query however many there are: "from"/"to" — the date
 * of the sender's letter, both days included; "sender" — part of the sending organisation's name;
 * "subject" — part of the subject.
 */
public record DeliveryListing(LocalDate from, LocalDate to, String sender, String subject) {

    /** The sortable columns; the inbox's own order is the newest delivery first. */
    public static final SortableColumns COLUMNS = new SortableColumns(Map.of(
            "sender", "lower(s.short_name)",
            "date", "l.registration_date",
            "subject", "lower(l.subject)",
            "dueOn", "d.due_on"),
            "d.delivered_at desc, d.id desc", "d.id");

    public static final Set<String> SORTABLE = COLUMNS.fields();

    /** No filter. */
    public static final DeliveryListing ALL = new DeliveryListing(null, null, null, null);

    public DeliveryListing {
        TypedFilter.period("to", from, to);
    }

    public static DeliveryListing read(Map<String, String> typed) {
        return new DeliveryListing(TypedFilter.date("from", Text.FILTER_LETTER_DATE_FROM, typed.get("from")),
                TypedFilter.date("to", Text.FILTER_LETTER_DATE_TO, typed.get("to")), TypedFilter.text(typed.get("sender")),
                TypedFilter.text(typed.get("subject")));
    }

    /** The filters as conditions on the inbox's rows, their parameters numbered from {@code first}. */
    public Conditions where(int first) {
        Conditions where = new Conditions(first);
        if (from != null) {
            where.and("l.registration_date >= " + where.parameter(Date.valueOf(from)));
        }
        if (to != null) {
            where.and("l.registration_date <= " + where.parameter(Date.valueOf(to)));
        }
        if (sender != null) {
            where.and("lower(s.short_name) like " + where.parameter(Like.containing(sender)));
        }
        if (subject != null) {
            where.and("lower(l.subject) like " + where.parameter(Like.containing(subject)));
        }
        return where;
    }
}
