package org.letterflow.tasks.control;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How the discipline report reads a period: whole months from the roll-ups kept per organisation,
 * person and month (table {@code task_discipline}), and only the days at the period's edges from the
 * due dates themselves. An edge month of which the period takes more than half is read whole, less
 * the days outside the period, so no edge ever reads more than half a month of due dates.
 *
 * <p>"Overdue" (open, due before today) depends on today, which differs between organisations' time
 * zones by up to two days. Due dates before the earliest today of any zone are overdue wherever
 * their organisation is, and are counted like the period (months, edge days); only the days between
 * the earliest and the latest today are left for the query to judge in each organisation's zone.
 */
public final class DisciplinePeriod {

    /** What a range of days counts towards. */
    public enum Measure {
        /** Every count of the report: due dates, on time, late, open. */
        ALL,
        /** Open due dates as overdue: these days are before today in every time zone. */
        OVERDUE,
        /** Open due dates as overdue if before today in their organisation's zone. */
        OVERDUE_BY_TODAY
    }

    /** Whole months, {@code first} and {@code last} being the first days of the first and last month. */
    public record Months(LocalDate first, LocalDate last) {
    }

    /** Due dates of one day counted {@code sign} times (+1 inside the period, -1 to take a day off a whole month). */
    public record Day(LocalDate day, Measure measure, int sign) {
    }

    private record Split(Months months, List<Day> days) {
    }

    private final Months months;
    private final Months overdueMonths;
    private final LocalDate earliestToday;
    private final List<Day> days = new ArrayList<>();

    /**
     * @param from first due date of the period
     * @param to   last due date of the period, not before {@code from}
     * @param now  the instant "today" is taken at, in each organisation's zone
     */
    public DisciplinePeriod(LocalDate from, LocalDate to, Instant now) {
        Objects.requireNonNull(now);
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("The period ends before it begins: " + from + " – " + to);
        }
        // every zone's today lies between these two (zone offsets stay within ±18 hours)
        earliestToday = LocalDate.ofInstant(now, ZoneOffset.MIN);
        LocalDate latestToday = LocalDate.ofInstant(now, ZoneOffset.MAX);

        Split all = split(from, to, Measure.ALL);
        months = all.months();
        days.addAll(all.days());

        LocalDate lastOverdueEverywhere = min(to, earliestToday.minusDays(1));
        if (!lastOverdueEverywhere.isBefore(from)) {
            Split overdue = split(from, lastOverdueEverywhere, Measure.OVERDUE);
            overdueMonths = overdue.months();
            days.addAll(overdue.days());
        } else {
            overdueMonths = null;
        }
        for (LocalDate d = max(from, earliestToday); !d.isAfter(min(to, latestToday)); d = d.plusDays(1)) {
            days.add(new Day(d, Measure.OVERDUE_BY_TODAY, 1));
        }
    }

    /** The whole months whose roll-ups count towards every measure; null if none. */
    public Months months() {
        return months;
    }

    /** The whole months whose open roll-ups count as overdue; null if none. */
    public Months overdueMonths() {
        return overdueMonths;
    }

    /** Open due dates before this day are overdue in every time zone. */
    public LocalDate overdueEverywhereBefore() {
        return earliestToday;
    }

    /** The days of the period whose open due dates are overdue or not by their organisation's zone. */
    public List<LocalDate> judgedByZone() {
        return days.stream().filter(d -> d.measure() == Measure.OVERDUE_BY_TODAY).map(Day::day).toList();
    }

    /** The days read from the due dates themselves, each with what it counts towards. */
    public List<Day> days() {
        return List.copyOf(days);
    }

    private static Split split(LocalDate from, LocalDate to, Measure measure) {
        List<Day> days = new ArrayList<>();
        YearMonth first = YearMonth.from(from);
        YearMonth last = YearMonth.from(to);
        if (first.equals(last)) {
            long inside = to.toEpochDay() - from.toEpochDay() + 1;
            if (inside <= first.lengthOfMonth() - inside) {
                add(days, from, to, measure, 1);
                return new Split(null, days);
            }
            add(days, first.atDay(1), from.minusDays(1), measure, -1);
            add(days, to.plusDays(1), first.atEndOfMonth(), measure, -1);
            return new Split(new Months(first.atDay(1), first.atDay(1)), days);
        }
        YearMonth firstWhole = first;
        YearMonth lastWhole = last;
        long outsideAtStart = from.getDayOfMonth() - 1;
        if (first.lengthOfMonth() - outsideAtStart <= outsideAtStart) {
            add(days, from, first.atEndOfMonth(), measure, 1);
            firstWhole = first.plusMonths(1);
        } else {
            add(days, first.atDay(1), from.minusDays(1), measure, -1);
        }
        long insideAtEnd = to.getDayOfMonth();
        if (insideAtEnd <= last.lengthOfMonth() - insideAtEnd) {
            add(days, last.atDay(1), to, measure, 1);
            lastWhole = last.minusMonths(1);
        } else {
            add(days, to.plusDays(1), last.atEndOfMonth(), measure, -1);
        }
        Months whole = firstWhole.isAfter(lastWhole) ? null : new Months(firstWhole.atDay(1), lastWhole.atDay(1));
        return new Split(whole, days);
    }

    private static void add(List<Day> days, LocalDate first, LocalDate last, Measure measure, int sign) {
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
            days.add(new Day(d, measure, sign));
        }
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
