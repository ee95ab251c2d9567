package org.letterflow.registration.entity;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
}
