package org.letterflow.approval.control;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.letterflow.platform.Text;
import org.letterflow.platform.TypedFilter;

/**
 * The column filters and sorts of На согласовании over the drafts waiting for the caller's decision
 * (a handful, filtered and sorted in memory): "from"/"to" — the day the approval started, both days
 * included; "initiator" — part of the initiator's name; "subject" — part of the draft's subject.
 */
public record ApprovalListing(LocalDate from, LocalDate to, String initiator, String subject) {

    /** What the rule reads of a row of the page. */
    public interface Line {
        String subject();

        String initiator();

        /** When the approval started, in the organisation's time zone. */
        LocalDateTime started();
    }

    public static final Set<String> SORTABLE = Set.of("subject", "initiator", "startedAt");

    public ApprovalListing {
        TypedFilter.period("to", from, to);
    }

    public static ApprovalListing read(Map<String, String> typed) {
        return new ApprovalListing(TypedFilter.date("from", Text.FILTER_STARTED_FROM, typed.get("from")),
                TypedFilter.date("to", Text.FILTER_STARTED_TO, typed.get("to")), TypedFilter.text(typed.get("initiator")),
                TypedFilter.text(typed.get("subject")));
    }

    public boolean matches(Line line) {
        LocalDate day = line.started().toLocalDate();
        return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to))
                && (initiator == null || contains(line.initiator(), initiator))
                && (subject == null || contains(line.subject(), subject));
    }

    /** The order of a clicked column ("startedAt" sorts by the moment), either way; null for a field that is no column. */
    public static <T extends Line> Comparator<T> order(String field, boolean ascending) {
        Comparator<T> column = switch (field == null ? "" : field) {
            case "subject" -> Comparator.comparing(Line::subject, String.CASE_INSENSITIVE_ORDER);
            case "initiator" -> Comparator.comparing(Line::initiator, String.CASE_INSENSITIVE_ORDER);
            case "startedAt" -> Comparator.comparing(Line::started);
            default -> null;
        };
        if (column == null) {
            return null;
        }
        return (ascending ? column : column.reversed()).thenComparing(Line::started);
    }

    private static boolean contains(String text, String part) {
        return text != null && text.toLowerCase(Locale.ROOT).contains(part.toLowerCase(Locale.ROOT));
    }
}
