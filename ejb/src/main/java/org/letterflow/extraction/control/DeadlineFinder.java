package org.letterflow.extraction.control;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.letterflow.extraction.entity.Deadline;

/**
 * Finds the deadlines a letter imposes: a date that follows "до", "в срок до", "не позднее" or
 * "к" (the last only before a date in words). A list of days sharing months and a year ("до 13, 24 января, 10, 21 февраля, 10 и 24 марта 2025 года") gives one deadline a
 * day. A date without a year takes the letter's year, or the next one when it would fall before
 * the letter. Dates the text only mentions (its own date, a cited letter's, "начиная с") are not
 * deadlines, and an impossible date (31 февраля) is skipped rather than guessed.
 */
public final class DeadlineFinder {

    private static final String MONTH = RussianDates.MONTH;
    private static final String DAYS = "\\d{1,2}(?:\\s*(?:,|и)\\s*\\d{1,2})*";
    /** One or more "days month" groups joined by commas or "и", then an optional year. */
    private static final String IN_WORDS = "(?<words>" + DAYS + "\\s+" + MONTH + "(?:\\s*(?:,|и)\\s*" + DAYS + "\\s+"
            + MONTH + ")*)(?:\\s+(?<year>\\d{4})(?:\\s*(?:года|г\\.?))?)?";
    private static final String NUMERIC = "(?<numeric>\\d{1,2}\\.\\d{1,2}(?:\\.\\d{2,4})?)(?!\\.?\\d)";

    private static final Pattern DEADLINE = Pattern.compile(
            "(?iu)(?<![\\p{L}])(?:(?:в\\s+срок\\s+)?до|не\\s+позднее|(?<to>к))\\s+(?:" + IN_WORDS + "|" + NUMERIC + ")");
    private static final Pattern GROUP = Pattern.compile("(?iu)(" + DAYS + ")\\s+(" + MONTH + ")");
    private static final Pattern DAY = Pattern.compile("\\d{1,2}");

    private DeadlineFinder() {
    }

    /** The deadlines of a text, in the order they appear; {@code letterDate} settles years left out. */
    public static List<Deadline> find(String text, LocalDate letterDate) {
        List<Deadline> found = new ArrayList<>();
        Matcher m = DEADLINE.matcher(text);
        while (m.find()) {
            if (m.group("to") != null && m.group("words") == null) {
                continue; // "к 15.03" is too often "к письму от …"; "к" counts only before a date in words
            }
            int[] sentence = Sentences.around(text, m.start(), m.end());
            String said = text.substring(sentence[0], sentence[1]).strip().replaceAll("\\s+", " ");
            for (LocalDate date : dates(m, letterDate)) {
                found.add(new Deadline(date, said, sentence[0], sentence[1]));
            }
        }
        return found;
    }

    private static List<LocalDate> dates(Matcher m, LocalDate letterDate) {
        List<LocalDate> dates = new ArrayList<>();
        if (m.group("numeric") != null) {
            String[] parts = m.group("numeric").split("\\.");
            Integer year = parts.length == 3 ? fullYear(parts[2]) : null;
            add(dates, Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), year, letterDate);
            return dates;
        }
        Integer year = m.group("year") == null ? null : Integer.parseInt(m.group("year"));
        Matcher group = GROUP.matcher(m.group("words"));
        while (group.find()) {
            int month = RussianDates.MONTHS.indexOf(group.group(2).toLowerCase(Locale.ROOT)) + 1;
            Matcher day = DAY.matcher(group.group(1));
            while (day.find()) {
                add(dates, Integer.parseInt(day.group()), month, year, letterDate);
            }
        }
        return dates;
    }

    private static void add(List<LocalDate> dates, int day, int month, Integer year, LocalDate letterDate) {
        try {
            if (year != null) {
                dates.add(LocalDate.of(year, month, day));
                return;
            }
            LocalDate date = LocalDate.of(letterDate.getYear(), month, day);
            dates.add(date.isBefore(letterDate) ? date.plusYears(1) : date);
        } catch (DateTimeException impossible) {
            // 31 февраля and the like: a typing error in the letter, not a deadline to invent
        }
    }

    private static int fullYear(String year) {
        int y = Integer.parseInt(year);
        return year.length() == 2 ? 2000 + y : y;
    }
}
