package org.letterflow.registration.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.letterflow.organisation.entity.Organisation;
import org.letterflow.organisation.entity.OrganisationKind;

/** A journal numbers its letters by its template; a changed template numbers the letters after the change. */
class RegistrationJournalTest {

    private static final Organisation TOMSK = new Organisation(null, OrganisationKind.REGIONAL_AUTHORITY, "Департамент",
            "Департамент", ZoneId.of("Asia/Tomsk"), null, null);

    @Test
    void theJournalWritesNumbersByItsTemplate() {
        RegistrationJournal journal = new RegistrationJournal(TOMSK, Direction.INCOMING, " Входящие ",
                NumberTemplate.of("Вх-{seq}/{yy}"));
        assertEquals("Входящие", journal.getName());
        assertTrue(journal.isActive(), "a new journal takes letters");
        assertEquals("Вх-38/26", journal.number(38, 2026));
        assertEquals(new NumberAffixes("Вх-", 0, "/26"), journal.numberAround(2026));
    }

    @Test
    void aRenamedJournalNumbersByItsNewTemplateAndMayBeClosed() {
        RegistrationJournal journal = new RegistrationJournal(TOMSK, Direction.OUTGOING, "Исходящие",
                NumberTemplate.of("{seq}"));
        journal.rename(" Исходящие 2026 ", NumberTemplate.of("57-{seq:4}"), false);
        assertEquals("Исходящие 2026", journal.getName());
        assertEquals("57-0144", journal.number(144, 2026));
        assertFalse(journal.isActive());
        assertEquals(Direction.OUTGOING, journal.getDirection(), "the direction is not renamed");
    }

    @Test
    void aNumberWiderThanItsWidthKeepsAllItsDigits() {
        assertEquals("57-12345", new NumberAffixes("57-", 4, "").with(12345));
        assertEquals("57-0001", new NumberAffixes("57-", 4, "").with(1));
        assertEquals("1", new NumberAffixes("", 0, "").with(1));
    }
}
