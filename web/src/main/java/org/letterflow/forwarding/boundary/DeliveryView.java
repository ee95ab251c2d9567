package org.letterflow.forwarding.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.letterflow.forwarding.entity.Delivery;
import org.letterflow.forwarding.entity.DeliveryState;
import org.letterflow.registration.boundary.LetterView;
import org.letterflow.registration.entity.Attachment;

/** A delivery with the sender's letter as its recipient reads it before registering it. */
public record DeliveryView(long id, DeliveryState state, String sender, Instant deliveredAt, LocalDate dueOn,
                           Long registeredLetter, String returnReason, LetterView letter) {

    public static DeliveryView of(Delivery d, List<Attachment> attachments) {
        return new DeliveryView(d.getId(), d.getState(), d.getLetter().getOrganisation().getShortName(),
                d.getDeliveredAt(), d.getDueOn(), d.getRegisteredLetterId(), d.getReturnReason(),
                LetterView.of(d.getLetter(), attachments, List.of()));
    }
}
