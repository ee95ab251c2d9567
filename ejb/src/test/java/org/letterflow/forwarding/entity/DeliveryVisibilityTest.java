package org.letterflow.forwarding.entity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.LongPredicate;
import org.junit.jupiter.api.Test;

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
}
