package org.letterflow.forwarding.control;

import java.time.Instant;
import java.time.LocalDate;
import org.letterflow.forwarding.entity.DeliveryState;

/** A delivery in its recipient's inbox: the sender's letter, and what became of it here. */
public record DeliveryRow(long id, DeliveryState state, long letter, String sender, String number, LocalDate date,
                          String subject, Instant deliveredAt, LocalDate dueOn, Long registeredLetter,
                          String registrationNumber, String returnReason) {
}
