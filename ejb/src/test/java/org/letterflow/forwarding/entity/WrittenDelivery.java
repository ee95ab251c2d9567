package org.letterflow.forwarding.entity;

import java.lang.reflect.Field;

/** Deliveries are written by SQL (DeliveryBatch), never constructed; a test writes the one field it needs. */
final class WrittenDelivery {

    private WrittenDelivery() {
    }

    static Delivery with(String field, Object value) {
        try {
            Delivery delivery = new Delivery();
            Field written = Delivery.class.getDeclaredField(field);
            written.setAccessible(true);
            written.set(delivery, value);
            return delivery;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
