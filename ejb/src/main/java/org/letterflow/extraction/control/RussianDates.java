package org.letterflow.extraction.control;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as Russian letters print them: {@code 12.01.2021}, {@code 12.01.21}, {@code 5 мая 2023 года},
 * {@code 28 апреля 2023 г.}, {@code «15» октября 2024 г.}, {@code 15.IV.2023}. One pattern, {@link #DATE}, to build larger patterns
 * with, and one parser for whatever it matched.
 */
final class RussianDates {

    static final List<String> MONTHS = List.of("января", "февраля", "марта", "апреля", "мая", "июня", "июля",
            "августа", "сентября", "октября", "ноября", "декабря");
    private static final List<String> ROMAN_MONTHS = List.of("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X",
            "XI", "XII");

    static final String MONTH = "(?:" + String.join("|", MONTHS) + ")";
    private static final String NUMERIC = "\\d{1,2}\\s?\\.\\s?\\d{1,2}\\s?\\.\\s?(?:\\d{4}|\\d{2})(?!\\d)";
    /** "15.IV.2023"; OCR reads I as 1, l or a bar and V as "\\/". */
    private static final String ROMAN = "(?=(?:[IVX1l|]|\\\\/){0,3}(?:[IVXl|]|\\\\/))(?:[IVX1l|]|\\\\/){1,4}";
    private static final String ROMAN_FORM = "\\d{1,2}\\." + ROMAN + "\\.\\d{4}";
    private static final String WORDS = "[«\"]?\\d{1,2}[»\"]?\\s+" + MONTH + "\\s+\\d{4}(?:\\s*(?:года|г\\.?))?";

    /** A complete date (day, month and year) in any of the forms above. */
    static final String DATE = "(?:" + NUMERIC + "|" + ROMAN_FORM + "|" + WORDS + ")";
    static final String TIME = "\\d{1,2}:\\d{2}";

    private static final Pattern PARTS = Pattern.compile(
            "(?iu)(\\d{1,2})[»\"]?\\s?\\.?\\s*(" + MONTH + "|" + ROMAN + "(?=\\.)|\\d{1,2})\\s?\\.?\\s*(\\d{4}|\\d{2})");
    private static final Pattern CLOCK = Pattern.compile("(\\d{1,2}):(\\d{2})");

    private RussianDates() {
    }

    /** The date a match of {@link #DATE} stands for, or null when it is impossible (31.02.2021). */
    static LocalDate parse(String printed) {
        Matcher m = PARTS.matcher(printed);
        if (!m.find()) {
            return null;
        }
        String month = m.group(2).toLowerCase(Locale.ROOT);
        int monthNumber = month.chars().allMatch(Character::isDigit) ? Integer.parseInt(month)
                : MONTHS.contains(month) ? MONTHS.indexOf(month) + 1 : ROMAN_MONTHS.indexOf(roman(month)) + 1;
        if (monthNumber < 1) {
            return null;
        }
        int year = Integer.parseInt(m.group(3));
        try {
            return LocalDate.of(m.group(3).length() == 2 ? 2000 + year : year, monthNumber, Integer.parseInt(m.group(1)));
        } catch (DateTimeException impossible) {
            return null;
        }
    }

    /** A Roman month as OCR may print it ("1\\/" for IV) in proper letters. */
    private static String roman(String printed) {
        return printed.replace("\\/", "V").replaceAll("[1l|]", "I").toUpperCase(Locale.ROOT);
    }

    /** A date followed by a time ("27.04.2023 - 20:49", "27.04.2023 19:47"); the time may be absent. */
    static LocalDateTime parseDateTime(String printed) {
        LocalDate date = parse(printed);
        if (date == null) {
            return null;
        }
        Matcher clock = CLOCK.matcher(printed);
        if (!clock.find()) {
            return date.atStartOfDay();
        }
        try {
            return date.atTime(LocalTime.of(Integer.parseInt(clock.group(1)), Integer.parseInt(clock.group(2))));
        } catch (DateTimeException impossible) {
            return date.atStartOfDay();
        }
    }
}
