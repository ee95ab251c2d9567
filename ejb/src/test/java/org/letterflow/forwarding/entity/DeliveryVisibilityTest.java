package org.letterflow.forwarding.entity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import java.util.function.LongPredicate;
import org.junit.jupiter.api.Test;
import org.letterflow.organisation.entity.Organisation;
import org.letterflow.organisation.entity.OrganisationKind;
import org.letterflow.registration.entity.Direction;
import org.letterflow.registration.entity.Letter;
import org.letterflow.registration.entity.Requisites;

class DeliveryVisibilityTest {

    private static final LongPredicate READS_NOTHING = id -> false;
    private static final LongPredicate READS_COPY_7 = id -> id == 7L;

    @Test
    void anOpenLetterIsTheWholeRecipientsWhetherRegisteredOrNot() {
        assertTrue(Delivery.visible(false, null, false, READS_NOTHING));
        assertTrue(Delivery.visible(false, 7L, false, READS_NOTHING));
    }

    @Test
    void aRestrictedLetterWaitingInTheInboxIsSeenByClerksOnly() {
        assertTrue(Delivery.visible(true, null, true, READS_NOTHING), "a clerk must see it to register it");
        assertFalse(Delivery.visible(true, null, false, id -> true), "an executive or executor does not");
    }

    @Test
    void onceRegisteredARestrictedLetterIsSeenByTheRegisteredCopysReadersOnly() {
        assertTrue(Delivery.visible(true, 7L, false, READS_COPY_7), "a reader named on the copy");
        assertFalse(Delivery.visible(true, 7L, true, READS_NOTHING), "a clerk who is not a reader of the copy");
        assertFalse(Delivery.visible(true, 8L, true, READS_COPY_7), "readers of another letter");
    }

    /** A delivery as the batch wrote it, carrying a letter open or restricted (ДСП). */
    private static Delivery carrying(boolean restricted) {
        Organisation tomsk = new Organisation(null, OrganisationKind.REGIONAL_AUTHORITY, "Департамент", "Департамент",
                ZoneId.of("Asia/Tomsk"), null, null);
        Letter letter = new Letter(tomsk, Direction.OUTGOING, new Requisites("О мониторинге", null, null, null, null, null,
                null, null, null, null, null, restricted), "tomsk.clerk", Instant.parse("2026-01-10T03:00:00Z"));
        return WrittenDelivery.with("letter", letter);
    }

    @Test
    void theLetterADeliveryCarriesSaysWhetherItIsRestricted() {
        assertTrue(carrying(false).visibleTo(false, READS_NOTHING), "an open letter: everyone of the recipient");
        assertFalse(carrying(true).visibleTo(false, id -> true), "a restricted one waiting: not an executor");
        assertTrue(carrying(true).visibleTo(true, READS_NOTHING), "a restricted one waiting: its clerks");
    }
}
