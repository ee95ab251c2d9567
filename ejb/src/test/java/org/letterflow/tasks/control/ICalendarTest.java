package org.letterflow.tasks.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.letterflow.platform.BusinessException;

class ICalendarTest {

    @Test
    void monthlyUntilTheFifthGivesTheFifthOfEveryMonthInThePeriod() {
        List<LocalDate> days = ICalendar.days("FREQ=MONTHLY;BYMONTHDAY=5", LocalDate.of(2025, 1, 10), LocalDate.of(2025, 5, 5));
        assertEquals(List.of(LocalDate.of(2025, 2, 5), LocalDate.of(2025, 3, 5), LocalDate.of(2025, 4, 5),
                LocalDate.of(2025, 5, 5)), days);
    }

    @Test
    void yearlyAndWeeklyRulesAsExtractionWritesThem() {
        assertEquals(List.of(LocalDate.of(2025, 9, 1), LocalDate.of(2026, 9, 1)),
                ICalendar.days("FREQ=YEARLY;BYMONTH=9;BYMONTHDAY=1", LocalDate.of(2025, 1, 1), LocalDate.of(2026, 12, 31)));
        assertEquals(List.of(LocalDate.of(2025, 1, 10), LocalDate.of(2025, 1, 17)),
                ICalendar.days("FREQ=WEEKLY;BYDAY=FR", LocalDate.of(2025, 1, 6), LocalDate.of(2025, 1, 20)));
    }

    @Test
    void aBrokenOrEndlessRuleIsTheClerksMistakeNotACrash() {
        BusinessException broken = assertThrows(BusinessException.class,
                () -> ICalendar.days("FREQ=SOMETIMES", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)));
        assertEquals("recurrence", broken.field());
        assertEquals("until", assertThrows(BusinessException.class,
                () -> ICalendar.days("FREQ=DAILY", LocalDate.of(2025, 1, 1), LocalDate.of(2026, 12, 31))).field());
    }

    @Test
    void theFeedIsValidICalendarWithItsTextEscapedAndLinesFolded() {
        String text = "Представлять отчёты; о ходе освещения федеральной кампании, с приложением ссылок на публикации";
        String feed = ICalendar.of("Поручения", List.of(new ICalendar.Event("checkpoint-1@letterflow",
                LocalDate.of(2025, 1, 13), "Срок по письму № 02-55-97/25 (1 из 6)", text)));
        assertTrue(feed.startsWith("BEGIN:VCALENDAR\r\n"), feed);
        String unfolded = feed.replace("\r\n ", "");
        assertTrue(unfolded.contains("DTSTART;VALUE=DATE:20250113\r\n"), unfolded);
        assertTrue(unfolded.contains("DTEND;VALUE=DATE:20250114\r\n"), unfolded);
        assertTrue(unfolded.contains("UID:checkpoint-1@letterflow\r\n"), unfolded);
        assertTrue(unfolded.contains("Представлять отчёты\\; о ходе освещения федеральной кампании\\, с приложением"), unfolded);
        feed.lines().forEach(line -> assertTrue(line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= 75, line));
    }
}
