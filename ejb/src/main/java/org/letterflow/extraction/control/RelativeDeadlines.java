package org.letterflow.extraction.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.letterflow.extraction.entity.Deadline;

/**
 * Deadlines counted from the day the letter is received: "в течение 5 рабочих дней со дня
 * получения", "в двухнедельный срок", "в течение месяца". Working days follow the official
 * calendar; a period of calendar days, weeks or months that ends on a day off ends on the next
 * working day.
 */
final class RelativeDeadlines {

    private static final Map<String, Integer> NUMBERS = Map.ofEntries(Map.entry("одного", 1), Map.entry("одной", 1),
            Map.entry("одну", 1), Map.entry("двух", 2), Map.entry("трех", 3), Map.entry("трёх", 3),
            Map.entry("четырех", 4), Map.entry("четырёх", 4), Map.entry("пяти", 5), Map.entry("шести", 6),
            Map.entry("семи", 7), Map.entry("восьми", 8), Map.entry("девяти", 9), Map.entry("десяти", 10),
            Map.entry("пятнадцати", 15), Map.entry("двадцати", 20), Map.entry("тридцати", 30));
    private static final String COUNT = "(?<n>\\d{1,3}|" + String.join("|", NUMBERS.keySet()) + ")(?:\\s*\\([^)]{1,20}\\))?";
    private static final Pattern WITHIN = Pattern.compile("(?iu)в\\s+течение\\s+(?:" + COUNT + "\\s+)?(?<kind>рабоч\\S*\\s+дн\\S*|"
            + "календарн\\S*\\s+дн\\S*|дн(?:ей|я)|недел[ьию]|месяц(?:а|ев)?)");
    private static final Pattern TERM = Pattern.compile("(?iu)в\\s+(?:(?<n>\\d{1,2})-|(?<w>одно|двух|трех|трёх|пяти|семи|десяти))?"
            + "(?<kind>дневный|недельный|месячный)\\s+срок");
    private static final Pattern FROM_RECEIPT = Pattern.compile("(?iu)^[^.;]{0,40}?(?:со\\s+дня|с\\s+даты|с\\s+момента|после)\\s+"
            + "(?:получения|поступления)");

    private RelativeDeadlines() {
    }

    static List<Deadline> find(String body, int offset, LocalDate received, WorkingCalendar calendar) {
        return find(body, offset, received, true, calendar);
    }

    /** As above; {@code fromReceived} false when {@code received} is only the letter's own date (a guess, so less sure). */
    static List<Deadline> find(String body, int offset, LocalDate received, boolean fromReceived, WorkingCalendar calendar) {
        List<Deadline> found = new ArrayList<>();
        Matcher within = WITHIN.matcher(body);
        while (within.find()) {
            String kind = within.group("kind").toLowerCase(Locale.ROOT);
            int n = count(within.group("n"));
            boolean fromReceipt = FROM_RECEIPT.matcher(body.substring(within.end())).find();
            // "в течение года" without "со дня получения" describes a period, not an answer to give
            if (!fromReceipt && !kind.startsWith("рабоч") && within.group("n") == null) {
                continue;
            }
            LocalDate due = kind.startsWith("рабоч") ? calendar.plusWorkingDays(received, n)
                    : kind.startsWith("недел") ? calendar.nextWorkingDayFrom(received.plusWeeks(n))
                    : kind.startsWith("месяц") ? calendar.nextWorkingDayFrom(received.plusMonths(n))
                    : calendar.nextWorkingDayFrom(received.plusDays(n));
            found.add(deadline(body, offset, within.start(), within.end(), due).weighed(Confidence.relative(fromReceived)));
        }
        Matcher term = TERM.matcher(body);
        while (term.find()) {
            int n = term.group("n") != null ? Integer.parseInt(term.group("n"))
                    : term.group("w") == null ? 1 : count(term.group("w").replace("одно", "одного"));
            String kind = term.group("kind").toLowerCase(Locale.ROOT);
            LocalDate end = kind.startsWith("нед") ? received.plusWeeks(n)
                    : kind.startsWith("мес") ? received.plusMonths(n) : received.plusDays(n);
            found.add(deadline(body, offset, term.start(), term.end(), calendar.nextWorkingDayFrom(end))
                    .weighed(Confidence.relative(fromReceived)));
        }
        return found;
    }

    private static int count(String n) {
        if (n == null) {
            return 1;
        }
        return Character.isDigit(n.charAt(0)) ? Integer.parseInt(n) : NUMBERS.getOrDefault(n.toLowerCase(Locale.ROOT), 1);
    }

    private static Deadline deadline(String body, int offset, int from, int to, LocalDate due) {
        int[] sentence = Sentences.around(body, from, to);
        String said = LetterText.spaced(body.substring(sentence[0], sentence[1]));
        return new Deadline(due, said, offset + sentence[0], offset + sentence[1], LetterText.spaced(body.substring(from, to)));
    }
}
