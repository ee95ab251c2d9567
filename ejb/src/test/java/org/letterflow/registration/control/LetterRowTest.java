package org.letterflow.registration.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.letterflow.platform.TextPart;
import org.letterflow.organisation.entity.Organisation;
import org.letterflow.organisation.entity.OrganisationKind;
import org.letterflow.registration.entity.Direction;
import org.letterflow.registration.entity.Letter;
import org.letterflow.registration.entity.LetterState;
import org.letterflow.registration.entity.Requisites;

/** A letter as a line of a list: its subject escaped for the page, and named as a card names a linked letter. */
class LetterRowTest {

    @Test
    void aLetterOutsideASearchHasItsSubjectAsItIsUnmarkedAsItsHighlight() throws ReflectiveOperationException {
        Organisation o = new Organisation(null, OrganisationKind.SCHOOL, "Школа", "Школа", ZoneId.of("Europe/Moscow"),
                null, null);
        Letter letter = new Letter(o, Direction.INCOMING, new Requisites("<script>alert(1)</script> & отчёт", null,
                "Управление", "12", LocalDate.of(2026, 1, 5), null, null, null, null, null, null, true), "clerk",
                Instant.parse("2026-01-09T02:00:00Z"));
        Field id = Letter.class.getDeclaredField("id");
        id.setAccessible(true);
        id.set(letter, 41L);
        LetterRow row = LetterRow.of(letter);
        assertEquals(41L, row.id());
        assertEquals("<script>alert(1)</script> & отчёт", row.subject());
        assertEquals(List.of(new TextPart("<script>alert(1)</script> & отчёт", false)), row.highlight(),
                "text, which the page escapes");
        assertEquals(LetterState.DRAFT, row.state());
        assertEquals("Управление", row.correspondent());
        assertEquals(true, row.restricted());
    }

    @Test
    void aLinkedLetterIsNamedByNumberAndDateOrAsADraftBySubject() {
        assertEquals("№ 57-0144 от 15.01.2021", new LetterRow(1, Direction.OUTGOING, LetterState.SENT, "57-0144",
                LocalDate.of(2021, 1, 15), null, null, null, "О", false, TextPart.plain("О")).numbered());
        assertEquals("проект: О мониторинге", new LetterRow(1, Direction.OUTGOING, LetterState.DRAFT, null, null,
                null, null, null, "О мониторинге", false, TextPart.plain("О мониторинге")).numbered());
    }
}
