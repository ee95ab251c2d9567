package org.letterflow.extraction.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.letterflow.extraction.entity.Deadline;
import org.letterflow.extraction.entity.RecurringDeadline;

/** Relative deadlines on the working-days calendar, and recurring ones as rules. */
class DeadlineRulesTest {

    private static final WorkingCalendar CALENDAR = WorkingCalendar.russian();

    private static List<LocalDate> relative(String text, LocalDate received) {
        return RelativeDeadlines.find(text, 0, received, CALENDAR).stream().map(Deadline::date).toList();
    }

    @Test
    void theCalendarKnowsHolidaysAndTransferredDays() {
        assertFalse(CALENDAR.isWorkingDay(LocalDate.of(2024, 2, 23)), "Defender of the Fatherland Day");
        assertTrue(CALENDAR.isWorkingDay(LocalDate.of(2024, 4, 27)), "a Saturday worked for 29 April");
        assertFalse(CALENDAR.isWorkingDay(LocalDate.of(2024, 4, 29)));
        assertFalse(CALENDAR.isWorkingDay(LocalDate.of(2025, 1, 8)));
        assertTrue(CALENDAR.isWorkingDay(LocalDate.of(2025, 1, 9)));
        assertFalse(CALENDAR.isWorkingDay(LocalDate.of(2026, 1, 9)), "Friday 9 January 2026, moved from 3 January");
    }

    @Test
    void workingDaysAreCountedAcrossTheMayHolidays() {
        // received Friday 26.04.2024; 27.04 is worked, 28.04-01.05 are not
        assertEquals(List.of(LocalDate.of(2024, 5, 3)),
                relative("Просим в течение 3 рабочих дней со дня получения письма представить сведения.",
                        LocalDate.of(2024, 4, 26)));
    }

    @Test
    void calendarPeriodsEndingOnADayOffMoveToTheNextWorkingDay() {
        // 2 weeks from 22.12.2023 is 05.01.2024, a holiday: the first working day is 09.01.2024
        assertEquals(List.of(LocalDate.of(2024, 1, 9)),
                relative("Информацию представить в двухнедельный срок.", LocalDate.of(2023, 12, 22)));
        assertEquals(List.of(LocalDate.of(2024, 3, 11)),
                relative("в течение 10 календарных дней со дня получения настоящего письма", LocalDate.of(2024, 3, 1)));
    }

    @Test
    void aPeriodThatIsNotCountedFromReceiptIsNotADeadline() {
        assertTrue(relative("Мониторинг проводится в течение года.", LocalDate.of(2024, 3, 1)).isEmpty());
    }

    @Test
    void recurringDeadlinesBecomeRules() {
        List<String> rules = RecurringDeadlines.find("""
                Сведения представлять ежемесячно до 5 числа месяца, следующего за отчетным.
                Отчет направлять ежеквартально до 10 числа месяца, следующего за отчётным.
                Фотоотчеты представлять еженедельно по пятницам.
                Списки представлять ежегодно до 1 сентября.""", 0).stream().map(RecurringDeadline::rule).toList();
        assertEquals(List.of("FREQ=MONTHLY;BYMONTHDAY=5", "FREQ=MONTHLY;BYMONTH=1,4,7,10;BYMONTHDAY=10",
                "FREQ=WEEKLY;BYDAY=FR", "FREQ=YEARLY;BYMONTH=9;BYMONTHDAY=1"), rules);
    }
}
