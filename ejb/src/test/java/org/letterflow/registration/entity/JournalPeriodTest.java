package org.letterflow.registration.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.letterflow.platform.BusinessException;

/** The period of a printed journal: typed dates read strictly, both days included, not backwards, not endless. */
class JournalPeriodTest {

    private static BusinessException refused(String from, String to) {
        BusinessException refusal = assertThrows(BusinessException.class, () -> JournalPeriod.parse(from, to));
        assertEquals(BusinessException.Kind.INVALID, refusal.kind());
        return refusal;
    }

    @Test
    void datesAreReadAsAClerkTypesThemOrAsTheApiWritesThem() {
        assertEquals(new JournalPeriod(LocalDate.of(2025, 1, 10), LocalDate.of(2025, 2, 28)),
                JournalPeriod.parse("10.01.2025", " 28.02.2025 "));
        assertEquals(new JournalPeriod(LocalDate.of(2025, 1, 10), LocalDate.of(2025, 2, 28)),
                JournalPeriod.parse("2025-01-10", "2025-02-28"));
        assertEquals("с 10.01.2025 по 28.02.2025", JournalPeriod.parse("10.01.2025", "28.02.2025").printed());
    }

    @Test
    void anImpossibleOrMalformedDateIsRefusedWithItsParameter() {
        BusinessException refusal = refused("31.02.2025", "01.03.2025");
        assertEquals("from", refusal.field());
        assertTrue(refusal.getMessage().contains("31.02.2025"), refusal.getMessage());
        assertEquals("to", refused("01.02.2025", "2025-02-30").field());
        assertEquals("to", refused("01.02.2025", "1.2.25").field());
        assertEquals("from", refused("01/02/2025", "01.03.2025").field());
        assertEquals("from", refused(" ", "01.03.2025").field());
        assertEquals("to", refused("01.03.2025", null).field());
    }

    @Test
    void aPeriodEndsNoEarlierThanItBeginsAndLastsUnderFiveYears() {
        assertTrue(refused("02.03.2025", "01.03.2025").getMessage().contains("позже"));
        JournalPeriod oneDay = JournalPeriod.parse("01.03.2025", "01.03.2025");
        assertTrue(oneDay.contains(LocalDate.of(2025, 3, 1)));
        JournalPeriod longest = JournalPeriod.parse("01.01.2020", "31.12.2024");
        assertTrue(longest.contains(LocalDate.of(2024, 12, 31)));
        assertEquals("to", refused("01.01.2020", "01.01.2025").field());
    }

    @Test
    void bothEndsAreInside() {
        JournalPeriod january = JournalPeriod.parse("01.01.2025", "31.01.2025");
        assertTrue(january.contains(LocalDate.of(2025, 1, 1)));
        assertTrue(january.contains(LocalDate.of(2025, 1, 31)));
        assertFalse(january.contains(LocalDate.of(2024, 12, 31)));
        assertFalse(january.contains(LocalDate.of(2025, 2, 1)));
        assertFalse(january.contains(null));
    }
}
