package org.letterflow.registration.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class LetterOrderTest {

    @Test
    void newestFirstIsTheJournalsOwnOrder() {
        assertEquals(" order by l.registration_date desc nulls first, l.id desc", LetterOrder.NEWEST.sql());
    }

    @Test
    void aClickedColumnSortsEitherWayWithTiesBrokenById() {
        assertEquals(" order by l.subject asc nulls last, l.id asc", LetterOrder.of("subject", true).sql());
        assertEquals(" order by coalesce(l.correspondent_name, l.addressees) desc nulls first, l.id desc",
                LetterOrder.of("correspondent", false).sql());
    }

    @Test
    void aFieldThatIsNoColumnNeverReachesSql() {
        assertNull(LetterOrder.of("subject; drop table letter", true));
        assertNull(LetterOrder.of(null, true));
    }
}
