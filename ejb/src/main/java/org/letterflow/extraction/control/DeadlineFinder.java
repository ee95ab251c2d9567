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
 * Finds the deadlines a letter imposes, anywhere in its text, by what the sentence around a date
 * says rather than where the date stands. A date is a deadline when the words before it oblige
 * the recipients: "до", "в срок до", "не позднее", "к" (the last only before a date in words), or
 * an obligation right before the date ("НЕОБХОДИМО 02.12.2019 организовать", "просим 5 марта
 * представить"), or "по состоянию на" in a sentence that asks for something. A list of days sharing
 * months and a year ("до 13, 24 января, 10, 21 февраля, 10 и 24 марта 2025 года") gives one deadline
 * a day. Not deadlines: the letter's own date and the dates of cited letters and laws ("от … №"),
 * events and periods ("состоится", "проводится с … по …"), start dates ("начиная с"), times of day
 * ("до 16.00 час."), rules for every year ("не позднее 1 апреля текущего года"), and a date already
 * past when nothing in its sentence asks for anything. A date without a year takes the letter's year
 * (or the next one when it would fall before the letter); with no letter date, the day received; with
 * neither, the nearest full date in the text; each deadline says which. An impossible date
 * (31 февраля) is skipped, never moved to another day.
 */
public final class DeadlineFinder {

    private static final String MONTH = RussianDates.MONTH;
    private static final String DAYS = "\\d{1,2}(?:\\s*(?:,|и)\\s*\\d{1,2})*";
    /** One or more "days month" groups joined by commas or "и", then an optional year. */
    private static final String IN_WORDS = "(?<words>" + DAYS + "\\s+" + MONTH + "(?:\\s*(?:,|и)\\s*" + DAYS + "\\s+"
            + MONTH + ")*)(?:\\s+(?<year>\\d{4})(?:\\s*(?:года|г\\.?))?)?";
    private static final String NUMERIC = "(?<numeric>\\d{1,2}\\.\\d{1,2}(?:\\.\\d{2,4})?)(?!\\.?\\d)";

    /** What obliges, right before the date: a preposition of time, or a duty with the date straight after it. */
    private static final Pattern DEADLINE = Pattern.compile(
            "(?iu)(?<![\\p{L}])(?:(?:в\\s+срок\\s+)?до|не\\s+позднее|(?<to>к)|(?<duty>необходимо|обязательно|следует|надлежит"
                    + "|нужно|просим|прошу|просит)(?:\\s+в)?|(?<asOf>по\\s+состоянию\\s+на))\\s+(?:" + IN_WORDS + "|" + NUMERIC + ")");
    private static final Pattern GROUP = Pattern.compile("(?iu)(" + DAYS + ")\\s+(" + MONTH + ")");
    private static final Pattern DAY = Pattern.compile("\\d{1,2}");
    /** "до 16.00 час.", "до 15.00": a time of day, not a date. */
    private static final Pattern TIME_AFTER = Pattern.compile("(?iu)^\\s*(?:час|ч\\.|ч(?![\\p{L}])|мин|по\\s+москов|мск)");
    /** "не позднее 1 апреля текущего года": a rule for every year, not a date to put in the diary. */
    private static final Pattern EVERY_YEAR_AFTER = Pattern.compile("(?iu)^\\s*(?:текущего|каждого|очередного|соответствующего"
            + "|следующего|отч[её]тного)\\s+(?:года|финансового)");
    /** Words that ask the recipients to do something; without them a past date or an as-of date is no deadline. */
    private static final Pattern OBLIGATION = Pattern.compile("(?iu)(?<![\\p{L}])(?:прос(?:им|ит|ят|ьба)|прошу|необходимо|обязательно"
            + "|следует|надлежит|нужно|обеспечить|представ(?:ить|лять)|предостав(?:ить|лять)|направ(?:ить|лять)|разместить|провести"
            + "|организовать|подготовить|заполнить|зарегистрировать|назначается|назначить|сообщить|информировать|внести)(?![\\p{L}])");
    private static final Pattern FULL_DATE = Pattern.compile("(?iu)" + RussianDates.DATE);

    private DeadlineFinder() {
    }

    /** The deadlines of a text, in the order they appear; {@code letterDate} settles years left out. */
    public static List<Deadline> find(String text, LocalDate letterDate) {
        return find(text, letterDate, null);
    }

    /**
     * As above; where the letter's date is not known, a year left out is the year of {@code received}
     * (the day the letter came in), or, when that is not known either, of the nearest full date in the text.
     */
    public static List<Deadline> find(String text, LocalDate letterDate, LocalDate received) {
        List<Deadline> found = new ArrayList<>();
        Matcher m = DEADLINE.matcher(text);
        while (m.find()) {
            if (m.group("to") != null && m.group("words") == null) {
                continue; // "к 15.03" is too often "к письму от …"; "к" counts only before a date in words
            }
            String after = text.substring(m.end(), Math.min(text.length(), m.end() + 30));
            if (m.group("numeric") != null && m.group("numeric").split("\\.").length == 2 && TIME_AFTER.matcher(after).find()
                    || EVERY_YEAR_AFTER.matcher(after).find()) {
                continue;
            }
            int[] sentence = Sentences.around(text, m.start(), m.end());
            String said = LetterText.spaced(text.substring(sentence[0], sentence[1]).strip());
            boolean obliges = OBLIGATION.matcher(said).find();
            if (m.group("asOf") != null && !obliges) {
                continue; // "по состоянию на 25.03.2013 прием составил": a figure's date, not a duty's
            }
            boolean yearPrinted = m.group("year") != null
                    || m.group("numeric") != null && m.group("numeric").split("\\.").length == 3;
            LocalDate base = letterDate != null ? letterDate : received != null ? received : nearestFullDate(text, m.start());
            String yearFrom = yearPrinted ? null : letterDate != null ? Deadline.YEAR_FROM_LETTER
                    : received != null ? Deadline.YEAR_FROM_RECEIVED : Deadline.YEAR_FROM_NEAREST;
            if (!yearPrinted && base == null) {
                continue; // a day and a month, and no year anywhere to give them
            }
            for (LocalDate date : dates(m, base)) {
                // a printed year before the letter is a past event, unless the sentence still asks for something (a typo in the year)
                // an as-of date already past is the date of the figures asked for, not a day to act by
                boolean beforeLetter = letterDate != null && date.isBefore(letterDate);
                if (beforeLetter && (!obliges || m.group("asOf") != null)) {
                    continue;
                }
                found.add(new Deadline(date, said, sentence[0], sentence[1], null, yearFrom,
                        Confidence.deadline(trigger(m), obliges, yearFrom, beforeLetter)));
            }
        }
        return found;
    }

    /** Which words made the date a deadline: the evidence its confidence weighs. */
    private static Confidence.Trigger trigger(Matcher m) {
        return m.group("duty") != null ? Confidence.Trigger.DUTY : m.group("to") != null ? Confidence.Trigger.TOWARDS
                : m.group("asOf") != null ? Confidence.Trigger.AS_OF : Confidence.Trigger.BY;
    }

    /** The full date printed nearest to a position: the best guess at the year of a date without one. */
    private static LocalDate nearestFullDate(String text, int at) {
        Matcher m = FULL_DATE.matcher(text);
        LocalDate nearest = null;
        int distance = Integer.MAX_VALUE;
        while (m.find()) {
            LocalDate date = RussianDates.parse(m.group());
            int d = Math.abs(m.start() - at);
            if (date != null && d < distance) {
                nearest = date;
                distance = d;
            }
        }
        return nearest;
    }

    private static List<LocalDate> dates(Matcher m, LocalDate base) {
        List<LocalDate> dates = new ArrayList<>();
        if (m.group("numeric") != null) {
            String[] parts = m.group("numeric").split("\\.");
            Integer year = parts.length == 3 ? fullYear(parts[2]) : null;
            add(dates, Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), year, base);
            return dates;
        }
        Integer year = m.group("year") == null ? null : Integer.parseInt(m.group("year"));
        Matcher group = GROUP.matcher(m.group("words"));
        while (group.find()) {
            int month = RussianDates.MONTHS.indexOf(group.group(2).toLowerCase(Locale.ROOT)) + 1;
            Matcher day = DAY.matcher(group.group(1));
            while (day.find()) {
                add(dates, Integer.parseInt(day.group()), month, year, base);
            }
        }
        return dates;
    }

    private static void add(List<LocalDate> dates, int day, int month, Integer year, LocalDate base) {
        try {
            if (year != null) {
                dates.add(LocalDate.of(year, month, day));
                return;
            }
            LocalDate date = LocalDate.of(base.getYear(), month, day);
            dates.add(date.isBefore(base) ? date.plusYears(1) : date);
        } catch (DateTimeException impossible) {
            // 31 февраля and the like: a typing error in the letter, not a deadline to invent
        }
    }

    private static int fullYear(String year) {
        int y = Integer.parseInt(year);
        return year.length() == 2 ? 2000 + y : y;
    }
}
