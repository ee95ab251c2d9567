package org.letterflow.forwarding.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.letterflow.platform.BusinessException;

/** What a recipient may do with a delivery in each of its states, and nothing else. */
class DeliveryTest {

    private static final Instant NOW = Instant.parse("2026-01-10T08:00:00Z");

    /** Deliveries are written by SQL; a test places one in the state it needs. */
    private static Delivery in(DeliveryState state) {
        return WrittenDelivery.with("state", state);
    }

    private static void refused(Runnable action) {
        assertEquals(BusinessException.Kind.CONFLICT, assertThrows(BusinessException.class, action::run).kind());
    }

    @Test
    void nothingIsAcknowledgedOrExecutedBeforeItIsRegistered() {
        refused(() -> in(DeliveryState.DELIVERED).acknowledged(NOW, "school.clerk"));
        refused(() -> in(DeliveryState.DELIVERED).executed(NOW, "school.clerk"));
    }

    @Test
    void aReturnedLetterIsNotRegisteredAcknowledgedExecutedOrReturnedAgain() {
        refused(() -> in(DeliveryState.RETURNED).registered(1, NOW, "school.clerk"));
        refused(() -> in(DeliveryState.RETURNED).acknowledged(NOW, "school.clerk"));
        refused(() -> in(DeliveryState.RETURNED).executed(NOW, "school.clerk"));
        refused(() -> in(DeliveryState.RETURNED).returned("снова", NOW, "school.clerk"));
    }

    @Test
    void aRegisteredLetterIsNotRegisteredAgainNorReturned() {
        refused(() -> in(DeliveryState.REGISTERED).registered(2, NOW, "school.clerk"));
        refused(() -> in(DeliveryState.REGISTERED).returned("не нам", NOW, "school.clerk"));
    }

    @Test
    void anExecutedLetterIsNotExecutedAgain() {
        refused(() -> in(DeliveryState.EXECUTED).executed(NOW, "school.clerk"));
        refused(() -> in(DeliveryState.ACKNOWLEDGED).acknowledged(NOW, "school.clerk"));
    }

    @Test
    void theWayForwardIsRegisteredThenAcknowledgedThenExecuted() {
        Delivery delivery = in(DeliveryState.DELIVERED);
        delivery.registered(7, NOW, "school.clerk");
        delivery.acknowledged(NOW, "school.clerk");
        delivery.executed(NOW, "school.clerk");
        assertEquals(DeliveryState.EXECUTED, delivery.getState());
    }
}
