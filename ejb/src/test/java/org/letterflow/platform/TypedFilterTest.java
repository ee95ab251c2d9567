package org.letterflow.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

class TypedFilterTest {

    @Test
    void aDateIsReadOnlyAsDayMonthYearAndOnlyIfTheDayExists() {
        assertEquals(LocalDate.of(2026, 3, 5), TypedFilter.date("from", Text.FILTER_PERIOD_FROM, " 05.03.2026 "));
        assertNull(TypedFilter.date("from", Text.FILTER_PERIOD_FROM, "  "));
        for (String bad : new String[] {"31.02.2026", "2026-03-05", "5.3.2026", "05.03.26", "вчера"}) {
            BusinessException refused = assertThrows(BusinessException.class, () -> TypedFilter.date("from", Text.FILTER_PERIOD_FROM, bad), bad);
            assertTrue(refused.getMessage().contains("дд.мм.гггг"), refused.getMessage());
        }
    }

    @Test
    void aPeriodThatEndsBeforeItStartsIsRefused() {
        LocalDate day = LocalDate.of(2026, 3, 5);
        TypedFilter.period("to", day, day);
        TypedFilter.period("to", null, day);
        assertThrows(BusinessException.class, () -> TypedFilter.period("to", day, day.minus(1, ChronoUnit.DAYS)));
    }

    enum Colour { RED }

    @Test
    void aChoiceIsOneOfTheListOrNothing() {
        assertEquals(Colour.RED, TypedFilter.choice("state", Colour.class, "RED"));
        assertNull(TypedFilter.choice("state", Colour.class, ""));
        assertThrows(BusinessException.class, () -> TypedFilter.choice("state", Colour.class, "RED' or 1=1"));
    }

    @Test
    void typedTextIsStrippedAndBounded() {
        assertNull(TypedFilter.text(" "));
        assertEquals("Минпрос", TypedFilter.text(" Минпрос "));
        assertEquals(200, TypedFilter.text("я".repeat(500)).length());
    }
}
