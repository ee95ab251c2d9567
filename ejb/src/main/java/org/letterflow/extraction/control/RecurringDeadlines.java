package org.letterflow.extraction.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.letterflow.extraction.entity.RecurringDeadline;

/**
 * Deadlines that come back, as iCalendar rules: "ежемесячно до 5 числа" → {@code FREQ=MONTHLY;BYMONTHDAY=5},
 * "ежеквартально до 10 числа месяца, следующего за отчётным" → the 10th of January, April, July and
 * October, "еженедельно по пятницам" → {@code FREQ=WEEKLY;BYDAY=FR}, "ежегодно до 1 сентября".
 */
final class RecurringDeadlines {

    private static final String BY = "(?:\\s*,?\\s*(?:в\\s+срок\\s+)?(?:до|не\\s+позднее|к)\\s+)";
    private static final Pattern MONTHLY = Pattern.compile("(?iu)ежемесячно[^.;]{0,120}?" + BY + "(?<day>\\d{1,2})(?:-?го)?\\s+числа");
    private static final Pattern QUARTERLY = Pattern.compile("(?iu)ежеквартально[^.;]{0,120}?" + BY
            + "(?<day>\\d{1,2})(?:-?го)?\\s+числа(?<next>\\s+месяца,?\\s+следующего\\s+за\\s+отч[её]тным)?");
    private static final Pattern WEEKLY = Pattern.compile("(?iu)еженедельно[^.;]{0,80}?(?:по|в|до)\\s+(?<day>понедельник|вторник"
            + "|сред|четверг|пятниц|суббот|воскресень)\\S*");
    private static final Pattern YEARLY = Pattern.compile("(?iu)ежегодно[^.;]{0,120}?" + BY + "(?<day>\\d{1,2})\\s+(?<month>"
            + RussianDates.MONTH + ")");
    private static final Map<String, String> WEEKDAYS = Map.of("понедельник", "MO", "вторник", "TU", "сред", "WE",
            "четверг", "TH", "пятниц", "FR", "суббот", "SA", "воскресень", "SU");

    private RecurringDeadlines() {
    }

    static List<RecurringDeadline> find(String body, int offset) {
        List<RecurringDeadline> found = new ArrayList<>();
        Matcher m = MONTHLY.matcher(body);
        while (m.find()) {
            found.add(rule("FREQ=MONTHLY;BYMONTHDAY=" + Integer.parseInt(m.group("day")), body, offset, m));
        }
        m = QUARTERLY.matcher(body);
        while (m.find()) {
            String months = m.group("next") != null ? ";BYMONTH=1,4,7,10" : ";INTERVAL=3";
            found.add(rule("FREQ=MONTHLY" + months + ";BYMONTHDAY=" + Integer.parseInt(m.group("day")), body, offset, m));
        }
        m = WEEKLY.matcher(body);
        while (m.find()) {
            found.add(rule("FREQ=WEEKLY;BYDAY=" + WEEKDAYS.get(m.group("day").toLowerCase(Locale.ROOT)), body, offset, m));
        }
        m = YEARLY.matcher(body);
        while (m.find()) {
            int month = RussianDates.MONTHS.indexOf(m.group("month").toLowerCase(Locale.ROOT)) + 1;
            found.add(rule("FREQ=YEARLY;BYMONTH=" + month + ";BYMONTHDAY=" + Integer.parseInt(m.group("day")), body, offset, m));
        }
        return found;
    }

    private static RecurringDeadline rule(String rule, String body, int offset, Matcher m) {
        int[] sentence = Sentences.around(body, m.start(), m.end());
        return new RecurringDeadline(rule, LetterText.spaced(body.substring(sentence[0], sentence[1])),
                offset + sentence[0], offset + sentence[1]);
    }
}
