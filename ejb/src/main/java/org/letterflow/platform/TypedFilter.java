package org.letterflow.platform;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/**
 * What a person typed into a list's filter, read strictly: a date only as dd.MM.yyyy and only a
 * day that exists (31.02.2026 is refused, not moved to March), a period whose start is not after
 * its end. A refusal names the field and says in Russian what to type.
 */
public final class TypedFilter {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    private TypedFilter() {
    }

    /** The typed day, or null for nothing typed; {@code label} names the filter as the page does. */
    public static LocalDate date(String field, Text label, String typed) {
        String text = text(typed);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text, DAY);
        } catch (DateTimeParseException e) {
            throw BusinessException.invalid(field, Text.FILTER_DATE_INVALID, label.format());
        }
    }

    /** Refuses a period that ends before it starts. */
    public static void period(String field, LocalDate from, LocalDate to) {
        if (from != null && to != null && from.isAfter(to)) {
            throw BusinessException.invalid(field, Text.FILTER_PERIOD_REVERSED);
        }
    }

    /** The typed text without surrounding spaces, or null for nothing typed; at most 200 characters. */
    public static String text(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String text = typed.strip();
        return text.length() > 200 ? text.substring(0, 200) : text;
    }

    /** The value of an enumeration by its name, or null for nothing chosen; an unknown name is refused. */
    public static <E extends Enum<E>> E choice(String field, Class<E> type, String typed) {
        String text = text(typed);
        if (text == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, text);
        } catch (IllegalArgumentException e) {
            throw BusinessException.invalid(field, Text.FILTER_VALUE_UNKNOWN);
        }
    }

    public static String format(LocalDate day) {
        return day == null ? null : DAY.format(day);
    }
}
