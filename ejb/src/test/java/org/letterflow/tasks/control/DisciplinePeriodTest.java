package org.letterflow.tasks.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.YearMonth;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.letterflow.tasks.control.DisciplinePeriod.Day;
import org.letterflow.tasks.control.DisciplinePeriod.Measure;
import org.letterflow.tasks.control.DisciplinePeriod.Months;

/**
 * The discipline report's period as whole months of roll-ups plus edge days: every day of the period
 * counted exactly once and none outside it, open due dates overdue exactly before today, and never
 * more than half a month read day by day at an edge.
 */
class DisciplinePeriodTest {

    private static final Instant NOW = Instant.parse("2026-12-02T18:25:00Z");

    @Test
    void aYearCuttingMonthsReadsWholeMonthsAndFewDays() {
        var period = new DisciplinePeriod(LocalDate.of(2026, 6, 5), LocalDate.of(2027, 6, 5), NOW);

        // June read whole less its first four days; June 2027's five days read as they are
        assertEquals(new Months(LocalDate.of(2026, 6, 1), LocalDate.of(2027, 5, 1)), period.months());
        assertEquals(new Months(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 11, 1)), period.overdueMonths());
        assertEquals(9, period.days().stream().filter(d -> d.measure() == Measure.ALL).count());
        assertEquals(List.of(LocalDate.of(2026, 12, 2), LocalDate.of(2026, 12, 3)), period.days().stream()
                .filter(d -> d.measure() == Measure.OVERDUE_BY_TODAY).map(Day::day).toList());
    }

    @Test
    void theSubtreeSumsAreJudgedByDaysBeforeTheEarliestTodayAndTheDaysEachZoneDecides() {
        // 18:25 UTC: already the 3rd east of UTC+5:35, still the 2nd west of it; the 1st nowhere
        var period = new DisciplinePeriod(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 12, 31), NOW);

        assertEquals(LocalDate.of(2026, 12, 2), period.overdueEverywhereBefore());
        assertEquals(List.of(LocalDate.of(2026, 12, 2), LocalDate.of(2026, 12, 3)), period.judgedByZone());
        assertEquals(List.of(), new DisciplinePeriod(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30), NOW)
                .judgedByZone(), "a period over before every zone's today leaves nothing to judge");
    }

    @Test
    void aFewDaysAreReadAsDays() {
        var period = new DisciplinePeriod(LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 12), NOW);

        assertNull(period.months());
        assertEquals(3, period.days().stream().filter(d -> d.measure() == Measure.ALL).count());
    }

    @Test
    void aPeriodEndingBeforeItBeginsIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> new DisciplinePeriod(LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 9), NOW));
    }

    @Test
    void everyDayOfAnyPeriodCountsOnceAndOverdueExactlyBeforeTodayInEveryZone() {
        Random random = new Random(18);
        LocalDate base = LocalDate.of(2025, 1, 1);
        List<ZoneId> zones = ZoneId.getAvailableZoneIds().stream().sorted().map(ZoneId::of).toList();
        for (int i = 0; i < 400; i++) {
            LocalDate from = base.plusDays(random.nextInt(800));
            LocalDate to = from.plusDays(random.nextInt(i % 3 == 0 ? 40 : 500));
            Instant now = NOW.plusSeconds(random.nextLong(-86_400L * 500, 86_400L * 300));
            var period = new DisciplinePeriod(from, to, now);
            ZoneId zone = zones.get(random.nextInt(zones.size()));
            LocalDate today = LocalDate.ofInstant(now, zone);

            for (LocalDate d = from.minusDays(40); !d.isAfter(to.plusDays(40)); d = d.plusDays(1)) {
                boolean inside = !d.isBefore(from) && !d.isAfter(to);
                assertEquals(inside ? 1 : 0, weight(period.months(), period.days(), Measure.ALL, d, today),
                        () -> "due dates of " + period + " on " + today);
                assertEquals(inside && d.isBefore(today) ? 1 : 0,
                        weight(period.overdueMonths(), period.days(), Measure.OVERDUE, d, today),
                        "open due dates counted overdue on " + d + ", today " + today + " in " + zone);
            }
            for (Measure measure : List.of(Measure.ALL, Measure.OVERDUE)) {
                long read = period.days().stream().filter(d -> d.measure() == measure).count();
                assertTrue(read <= 31, () -> read + " days read one by one for " + from + " – " + to);
            }
        }
    }

    /** How many times a due date of day {@code d} is counted towards a measure. */
    private static int weight(Months months, List<Day> days, Measure measure, LocalDate d, LocalDate today) {
        int weight = 0;
        if (months != null && !YearMonth.from(d).isBefore(YearMonth.from(months.first()))
                && !YearMonth.from(d).isAfter(YearMonth.from(months.last()))) {
            weight++;
        }
        for (Day day : days) {
            if (day.day().equals(d) && (day.measure() == measure
                    || measure == Measure.OVERDUE && day.measure() == Measure.OVERDUE_BY_TODAY && d.isBefore(today))) {
                weight += day.sign();
            }
        }
        return weight;
    }
}
