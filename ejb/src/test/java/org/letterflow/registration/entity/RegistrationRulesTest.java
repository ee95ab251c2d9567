package org.letterflow.registration.entity;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.letterflow.organisation.entity.Organisation;
import org.letterflow.organisation.entity.OrganisationKind;
import org.letterflow.platform.BusinessException;

/**
 * What a registration accepts: its date, the time the letter came in, the journal picked, and the
 * signatory a signed draft is registered with.
 */
class RegistrationRulesTest {

    private static final ZoneId TOMSK_ZONE = ZoneId.of("Asia/Tomsk");
    private static final LocalDate TODAY = LocalDate.of(2026, 1, 10);
    private static final Instant NOW = Instant.parse("2026-01-10T05:00:00Z");

    private static Organisation organisation(long id) {
        Organisation o = new Organisation(null, OrganisationKind.REGIONAL_AUTHORITY, "Департамент " + id,
                "Департамент " + id, TOMSK_ZONE, null, null);
        try {
            Field field = Organisation.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(o, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return o;
    }

    private static BusinessException invalid(String field, Runnable action) {
        BusinessException refused = assertThrows(BusinessException.class, action::run);
        assertEquals(BusinessException.Kind.INVALID, refused.kind());
        assertEquals(field, refused.field());
        return refused;
    }

    @Test
    void aLetterIsRegisteredTodayUnlessAnEarlierDayIsAsked() {
        assertEquals(TODAY, Letter.registrationDate(null, TODAY));
        assertEquals(TODAY, Letter.registrationDate(TODAY, TODAY));
        assertEquals(LocalDate.of(2025, 12, 30), Letter.registrationDate(LocalDate.of(2025, 12, 30), TODAY));
    }

    @Test
    void noLetterIsRegisteredUnderADayStillToCome() {
        assertEquals("Дата регистрации не может быть в будущем",
                invalid("registrationDate", () -> Letter.registrationDate(TODAY.plusDays(1), TODAY)).getMessage());
    }

    @Test
    void theReceivedTimeIsTheClerksWallClockInTheOrganisationsZone() {
        assertNull(Letter.receivedAt(null, TOMSK_ZONE, NOW), "no time typed, none kept");
        // 11:30 in Tomsk (UTC+7) is 04:30 UTC.
        assertEquals(Instant.parse("2026-01-10T04:30:00Z"),
                Letter.receivedAt(LocalDateTime.of(2026, 1, 10, 11, 30), TOMSK_ZONE, NOW));
    }

    @Test
    void aReceivedTimeAheadOfTheClockIsRefusedPastAMinutesGrace() {
        // NOW is 12:00 in Tomsk.
        assertEquals(Instant.parse("2026-01-10T05:01:00Z"),
                Letter.receivedAt(LocalDateTime.of(2026, 1, 10, 12, 1), TOMSK_ZONE, NOW), "a minute ahead is a clock's drift");
        invalid("receivedAt", () -> Letter.receivedAt(LocalDateTime.of(2026, 1, 10, 12, 1, 1), TOMSK_ZONE, NOW));
    }

    @Test
    void aPickedJournalIsTheOrganisationsOwnAndOpen() {
        Organisation own = organisation(7);
        RegistrationJournal journal = new RegistrationJournal(own, Direction.INCOMING, "Входящие",
                NumberTemplate.of("{seq}"));
        assertDoesNotThrow(() -> journal.checkUsableBy(organisation(7)), "the same organisation, another instance");
        assertEquals("Журнал не найден в вашей организации",
                invalid("journalId", () -> journal.checkUsableBy(organisation(8))).getMessage());
        journal.rename("Входящие 2025", NumberTemplate.of("{seq}"), false);
        assertEquals("Журнал «Входящие 2025» закрыт",
                invalid("journalId", () -> journal.checkUsableBy(own)).getMessage());
    }

    @Test
    void aSignedDraftNamesItsSignatoryUnlessItNamedOneAlready() {
        Requisites unsigned = new Requisites("О мониторинге", "Руководителям", null, null, null, null, null,
                "Петрова А. А.", "8 (3822) 51-00-00", "Кратко", "на 2 л.", true);
        Requisites signed = unsigned.signedBy("Начальник департамента", "И. И. Иванов");
        assertEquals(new Requisites("О мониторинге", "Руководителям", null, null, null, "Начальник департамента",
                "И. И. Иванов", "Петрова А. А.", "8 (3822) 51-00-00", "Кратко", "на 2 л.", true), signed);
        assertSame(signed, signed.signedBy("Заместитель", "П. П. Петров"), "the signatory the draft named stays");
    }
}
