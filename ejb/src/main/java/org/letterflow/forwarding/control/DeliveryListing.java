package org.letterflow.forwarding.control;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.letterflow.forwarding.control.DeliveryRow;
import org.letterflow.platform.Text;
import org.letterflow.platform.TypedFilter;

/**
 * The column filters and sorts of Новые поступления over the deliveries waiting for registration
 * (Deliveries.inbox gives at most five hundred, so they are filtered and sorted in memory): "from"/"to"
 * — the date of the sender's letter, both days included; "sender" — part of the sending
 * organisation's name; "subject" — part of the subject.
 */
public record DeliveryListing(LocalDate from, LocalDate to, String sender, String subject) {

    public static final Map<String, Comparator<DeliveryRow>> ORDERS = Map.of(
            "sender", Comparator.comparing(DeliveryRow::sender, Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER)),
            "date", Comparator.comparing(DeliveryRow::date, Comparator.nullsLast(Comparator.naturalOrder())),
            "subject", Comparator.comparing(DeliveryRow::subject, Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER)),
            "dueOn", Comparator.comparing(DeliveryRow::dueOn, Comparator.nullsLast(Comparator.naturalOrder())));

    public static final Set<String> SORTABLE = ORDERS.keySet();

    public DeliveryListing {
        TypedFilter.period("to", from, to);
    }

    public static DeliveryListing read(Map<String, String> typed) {
        return new DeliveryListing(TypedFilter.date("from", Text.FILTER_LETTER_DATE_FROM, typed.get("from")),
                TypedFilter.date("to", Text.FILTER_LETTER_DATE_TO, typed.get("to")), TypedFilter.text(typed.get("sender")),
                TypedFilter.text(typed.get("subject")));
    }

    public boolean matches(DeliveryRow row) {
        return (from == null || row.date() != null && !row.date().isBefore(from))
                && (to == null || row.date() != null && !row.date().isAfter(to))
                && (sender == null || contains(row.sender(), sender)) && (subject == null || contains(row.subject(), subject));
    }

    /** The order of a clicked column, either way, ties broken by delivery; null for a field that is no column. */
    public static Comparator<DeliveryRow> order(String field, boolean ascending) {
        Comparator<DeliveryRow> column = field == null ? null : ORDERS.get(field);
        if (column == null) {
            return null;
        }
        return (ascending ? column : column.reversed()).thenComparingLong(DeliveryRow::id);
    }

    private static boolean contains(String text, String part) {
        return text != null && text.toLowerCase(Locale.ROOT).contains(part.toLowerCase(Locale.ROOT));
    }
}
