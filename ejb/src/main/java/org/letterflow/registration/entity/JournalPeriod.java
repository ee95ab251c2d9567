package org.letterflow.registration.entity;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import org.letterflow.platform.BusinessException;
import org.letterflow.platform.Text;

/**
 * The days a printed registration journal covers, both included: calendar dates of the
 * organisation, compared with the registration date, which is one already. Written as a clerk
 * writes dates (dd.MM.yyyy) or as the API does elsewhere (yyyy-MM-dd), and read strictly:
 * 31.02.2025 is refused, never moved to the 28th.
 */
public record JournalPeriod(LocalDate from, LocalDate to) {

    /** Longer prints are no journal a person reads, and would hold the server for nothing. */
    public static final int MAX_YEARS = 5;

    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("dd.MM.uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    public JournalPeriod {
        if (from == null) {
            throw BusinessException.invalid("from", Text.PERIOD_START_MISSING);
        }
        if (to == null) {
            throw BusinessException.invalid("to", Text.PERIOD_END_MISSING);
        }
        if (from.isAfter(to)) {
            throw BusinessException.invalid("from", Text.PERIOD_REVERSED, TYPED.format(from), TYPED.format(to));
        }
        if (!to.isBefore(from.plusYears(MAX_YEARS))) {
            throw BusinessException.invalid("to", Text.PERIOD_TOO_LONG, MAX_YEARS);
        }
    }

    /** The period from two typed dates; a missing, malformed or impossible one is refused with its parameter. */
    public static JournalPeriod parse(String from, String to) {
        return new JournalPeriod(date("from", from), date("to", to));
    }

    public boolean contains(LocalDate day) {
        return day != null && !day.isBefore(from) && !day.isAfter(to);
    }

    /** "с 01.01.2025 по 31.01.2025", as the title of the print says it. */
    public String printed() {
        return Text.PERIOD_PRINTED.format(TYPED.format(from), TYPED.format(to));
    }

    private static LocalDate date(String parameter, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String typed = text.strip();
        try {
            return typed.contains("-") ? LocalDate.parse(typed) : LocalDate.parse(typed, TYPED);
        } catch (DateTimeException e) {
            throw BusinessException.invalid(parameter, Text.DATE_NOT_DD_MM_YYYY, typed);
        }
    }
}
