package org.letterflow.registration.entity;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.letterflow.organisation.entity.Organisation;
import org.letterflow.organisation.entity.OrganisationKind;
import org.letterflow.platform.BusinessException;

/** The letter's own transitions: registered once, by hand only when no approval round is under way, sent once registered. */
class LetterTest {

    private static final Organisation TOMSK = new Organisation(null, OrganisationKind.REGIONAL_AUTHORITY,
            "Департамент общего образования Томской области", "Департамент (Томск)", ZoneId.of("Asia/Tomsk"), null, null);

    private static Letter draft() {
        return new Letter(TOMSK, Direction.OUTGOING, new Requisites("О мониторинге", null, null, null, null, null, null,
                null, null, null, null, false), "tomsk.clerk", Instant.parse("2026-01-10T03:00:00Z"));
    }

    private static RegistrationJournal outgoing() {
        return new RegistrationJournal(TOMSK, Direction.OUTGOING, "Исходящие", NumberTemplate.of("57-{seq:4}"));
    }

    @Test
    void aDraftOnApprovalIsNotRegisteredByHand() {
        Letter draft = draft();
        BusinessException refused = assertThrows(BusinessException.class, () -> draft.checkRegistrableByHand(true));
        assertEquals(BusinessException.Kind.CONFLICT, refused.kind());
        assertDoesNotThrow(() -> draft.checkRegistrableByHand(false), "a draft signed on paper is");
    }

    @Test
    void aDraftOnApprovalIsNotChanged() {
        Letter draft = draft();
        assertEquals(BusinessException.Kind.CONFLICT,
                assertThrows(BusinessException.class, () -> draft.checkChangeable(true)).kind());
        assertDoesNotThrow(() -> draft.checkChangeable(false));
    }

    @Test
    void aLetterIsRegisteredOnceAndSentOnlyWhenRegistered() {
        Letter letter = draft();
        assertEquals(BusinessException.Kind.CONFLICT, assertThrows(BusinessException.class, letter::markSent).kind(),
                "a draft is not sent");
        letter.register(outgoing(), 144, 2026, LocalDate.of(2026, 1, 10), null);
        assertEquals("57-0144", letter.getRegistrationNumber());
        assertEquals(BusinessException.Kind.CONFLICT, assertThrows(BusinessException.class,
                () -> letter.register(outgoing(), 145, 2026, LocalDate.of(2026, 1, 10), null)).kind());
        letter.markSent();
        assertEquals(LetterState.SENT, letter.getState());
        assertEquals(BusinessException.Kind.CONFLICT, assertThrows(BusinessException.class, letter::markSent).kind(),
                "sent once");
    }

    @Test
    void aDraftIsNotYetRegisteredAndHasNoNumber() {
        Letter draft = draft();
        assertEquals(LetterState.DRAFT, draft.getState());
        assertFalse(draft.isRegistered());
        assertNull(draft.getRegistrationNumber());
    }

    @Test
    void registrationGivesTheJournalsNumberForTheSequenceAndYear() {
        Letter letter = draft();
        RegistrationJournal journal = new RegistrationJournal(TOMSK, Direction.OUTGOING, "Исходящие",
                NumberTemplate.of("{seq}/{yy}-Д"));
        Instant received = Instant.parse("2026-01-10T04:00:00Z");
        letter.register(journal, 1871, 2023, LocalDate.of(2023, 5, 4), received);
        assertEquals(LetterState.REGISTERED, letter.getState());
        assertTrue(letter.isRegistered());
        assertEquals("1871/23-Д", letter.getRegistrationNumber());
        assertEquals(1871L, letter.getRegistrationSequence());
        assertEquals(2023, letter.getRegistrationYear());
        assertEquals(LocalDate.of(2023, 5, 4), letter.getRegistrationDate());
        assertEquals(received, letter.getReceivedAt());
        assertSame(journal, letter.getJournal());
    }

    @Test
    void aLetterGoesOnlyInAJournalOfItsDirectionAndNoNumberIsTakenOtherwise() {
        Letter outgoing = draft();
        RegistrationJournal incoming = new RegistrationJournal(TOMSK, Direction.INCOMING, "Входящие",
                NumberTemplate.of("Вх-{seq}"));
        BusinessException refused = assertThrows(BusinessException.class, () -> outgoing.checkRegistrable(incoming));
        assertEquals(BusinessException.Kind.INVALID, refused.kind());
        assertEquals("journalId", refused.field());
        assertTrue(refused.getMessage().contains("Входящие"), refused.getMessage());
        assertThrows(BusinessException.class, () -> outgoing.register(incoming, 1, 2026, LocalDate.of(2026, 1, 10), null));
        assertEquals(LetterState.DRAFT, outgoing.getState(), "still a draft");
        assertNull(outgoing.getRegistrationNumber());
    }

    @Test
    void aSecondRegistrationIsRefusedWithTheNumberAlreadyGiven() {
        Letter letter = draft();
        letter.register(outgoing(), 144, 2026, LocalDate.of(2026, 1, 10), null);
        BusinessException refused = assertThrows(BusinessException.class, () -> letter.checkRegistrable(outgoing()));
        assertTrue(refused.getMessage().contains("57-0144"), refused.getMessage());
        assertEquals(144L, letter.getRegistrationSequence(), "the first number stands");
    }

    @Test
    void anIncomingLetterIsNeverSent() {
        Letter incoming = new Letter(TOMSK, Direction.INCOMING, new Requisites("Запрос", null, null, null, null, null,
                null, null, null, null, null, false), "tomsk.clerk", Instant.parse("2026-01-10T03:00:00Z"));
        incoming.register(new RegistrationJournal(TOMSK, Direction.INCOMING, "Входящие", NumberTemplate.of("Вх-{seq}")),
                5, 2026, LocalDate.of(2026, 1, 10), Instant.parse("2026-01-10T03:00:00Z"));
        assertEquals(BusinessException.Kind.CONFLICT, assertThrows(BusinessException.class, incoming::markSent).kind());
        assertEquals(LetterState.REGISTERED, incoming.getState());
    }

    @Test
    void theRequisitesReadBackAsDescribed() {
        Requisites described = new Requisites("О сроках", "Руководителям ОО", "Минпросвещения", "03-123",
                LocalDate.of(2026, 1, 9), "Министр", "С.С. Кравцов", "Иванова", "+7 495 000", "Кратко", "на 3 л.", true);
        Letter letter = draft();
        letter.describe(described);
        assertEquals(described, letter.requisites());
        assertTrue(letter.isRestricted());
    }
}
