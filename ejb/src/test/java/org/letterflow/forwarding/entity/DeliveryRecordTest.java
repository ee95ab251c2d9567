package org.letterflow.forwarding.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.letterflow.platform.BusinessException;

/** What each of a recipient's actions on a delivery records: the copy registered, when, by whom, why returned. */
class DeliveryRecordTest {

    private static final Instant T1 = Instant.parse("2026-01-10T08:00:00Z");
    private static final Instant T2 = T1.plusSeconds(3600);

    private static Delivery in(DeliveryState state) {
        return WrittenDelivery.with("state", state);
    }

    private static BusinessException refusal(Runnable action) {
        return assertThrows(BusinessException.class, action::run);
    }

    @Test
    void registeringRecordsTheRecipientsOwnIncomingCopy() {
        Delivery delivery = in(DeliveryState.DELIVERED);
        delivery.registered(42, T1, "school.clerk");
        assertEquals(DeliveryState.REGISTERED, delivery.getState());
        assertEquals(42L, delivery.getRegisteredLetterId());
        assertEquals(T1, delivery.getRegisteredAt());
        assertEquals("school.clerk", delivery.getActedBy());
    }

    @Test
    void aRegisteredLetterMayBeMarkedExecutedWithoutAnAcknowledgement() {
        Delivery delivery = in(DeliveryState.REGISTERED);
        delivery.executed(T2, "school.head");
        assertEquals(DeliveryState.EXECUTED, delivery.getState());
        assertEquals(T2, delivery.getExecutedAt());
        assertEquals("school.head", delivery.getActedBy(), "the last to act is remembered");
        assertNull(delivery.getAcknowledgedAt());
    }

    @Test
    void anAcknowledgementIsRecordedAndAnExecutedLetterIsNotAcknowledgedAfterwards() {
        Delivery delivery = in(DeliveryState.REGISTERED);
        delivery.acknowledged(T1, "school.teacher");
        assertEquals(T1, delivery.getAcknowledgedAt());
        assertEquals("school.teacher", delivery.getActedBy());
        delivery.executed(T2, "school.head");
        BusinessException refused = refusal(() -> delivery.acknowledged(T2, "school.teacher"));
        assertEquals(BusinessException.Kind.CONFLICT, refused.kind());
        assertEquals(DeliveryState.EXECUTED, delivery.getState());
    }

    @Test
    void aLetterIsReturnedFromTheInboxWithItsReason() {
        Delivery delivery = in(DeliveryState.DELIVERED);
        delivery.returned("  Не наша школа  ", T1, "school.clerk");
        assertEquals(DeliveryState.RETURNED, delivery.getState());
        assertEquals("Не наша школа", delivery.getReturnReason());
        assertEquals(T1, delivery.getReturnedAt());
        assertEquals("school.clerk", delivery.getActedBy());
    }

    @Test
    void aReturnWithoutAReasonIsRefusedAndTheLetterStaysInTheInbox() {
        for (String reason : new String[] {null, "", "   "}) {
            Delivery delivery = in(DeliveryState.DELIVERED);
            BusinessException refused = refusal(() -> delivery.returned(reason, T1, "school.clerk"));
            assertEquals(BusinessException.Kind.INVALID, refused.kind());
            assertEquals("reason", refused.field());
            assertEquals(DeliveryState.DELIVERED, delivery.getState());
            assertNull(delivery.getReturnedAt());
        }
    }

    @Test
    void eachRefusalSaysWhyInTheRecipientsTerms() {
        assertTrue(refusal(() -> in(DeliveryState.RETURNED).registered(1, T1, "c")).getMessage().contains("возвращено"));
        assertTrue(refusal(() -> in(DeliveryState.REGISTERED).registered(1, T1, "c")).getMessage().contains("уже зарегистрировано"));
        assertTrue(refusal(() -> in(DeliveryState.DELIVERED).acknowledged(T1, "c")).getMessage().contains("Сначала зарегистрируйте"));
        assertTrue(refusal(() -> in(DeliveryState.RETURNED).acknowledged(T1, "c")).getMessage().contains("возвращено"));
        assertTrue(refusal(() -> in(DeliveryState.ACKNOWLEDGED).acknowledged(T1, "c")).getMessage().contains("уже стоит"));
        assertTrue(refusal(() -> in(DeliveryState.DELIVERED).executed(T1, "c")).getMessage().contains("Сначала зарегистрируйте"));
        assertTrue(refusal(() -> in(DeliveryState.RETURNED).executed(T1, "c")).getMessage().contains("возвращено"));
        assertTrue(refusal(() -> in(DeliveryState.EXECUTED).executed(T1, "c")).getMessage().contains("уже отмечено"));
        assertTrue(refusal(() -> in(DeliveryState.RETURNED).returned("x", T1, "c")).getMessage().contains("уже возвращено"));
        assertTrue(refusal(() -> in(DeliveryState.ACKNOWLEDGED).returned("x", T1, "c")).getMessage().contains("не возвращается"));
    }

    @Test
    void aRefusedActionChangesNothing() {
        Delivery delivery = in(DeliveryState.DELIVERED);
        refusal(() -> delivery.executed(T1, "school.head"));
        assertEquals(DeliveryState.DELIVERED, delivery.getState());
        assertNull(delivery.getExecutedAt());
        assertNull(delivery.getActedBy());
    }
}
