package org.letterflow.registration.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.letterflow.platform.BusinessException;
import org.letterflow.registration.control.LetterQuery;
import org.letterflow.registration.entity.Direction;
import org.letterflow.registration.entity.LetterState;

class JournalFilterTest {

    @Test
    void theTypedFiltersBecomeTheQueryOfTheJournalsDirection() {
        LetterQuery q = JournalFilter.read(Map.of("from", "01.02.2026", "to", "28.02.2026", "correspondent", " Минпрос ",
                "state", "REGISTERED", "executor", "Иванова")).query(Direction.INCOMING);
        assertEquals(new LetterQuery(null, null, Direction.INCOMING, null, LocalDate.of(2026, 2, 1),
                LocalDate.of(2026, 2, 28), "Минпрос", LetterState.REGISTERED, "Иванова"), q);
    }

    @Test
    void nothingTypedFiltersNothing() {
        assertEquals(JournalFilter.NONE, JournalFilter.read(Map.of()));
        assertEquals(LetterQuery.of(Direction.OUTGOING), JournalFilter.NONE.query(Direction.OUTGOING));
    }

    @Test
    void badInputIsRefusedByNameNotPassedOn() {
        assertEquals("to", assertThrows(BusinessException.class,
                () -> JournalFilter.read(Map.of("from", "10.02.2026", "to", "01.02.2026"))).field());
        assertEquals("from", assertThrows(BusinessException.class,
                () -> JournalFilter.read(Map.of("from", "30.02.2026"))).field());
        assertEquals("state", assertThrows(BusinessException.class,
                () -> JournalFilter.read(Map.of("state", "LOST"))).field());
    }
}
