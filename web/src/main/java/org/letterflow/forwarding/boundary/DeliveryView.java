package org.letterflow.forwarding.boundary;

import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.letterflow.forwarding.entity.Delivery;
import org.letterflow.forwarding.entity.DeliveryState;
import org.letterflow.registration.boundary.LetterView;
import org.letterflow.registration.boundary.LetterFile;

/** A delivery with the sender's letter as its recipient reads it before registering it. */
@Schema(description = "Рассылка: письмо, доставленное организации")
public record DeliveryView(
        @Schema(description = "Идентификатор рассылки") long id,
        @Schema(type = SchemaType.STRING, description = "Состояние", example = "DELIVERED") DeliveryState state,
        @Schema(description = "Организация-отправитель") String sender,
        @Schema(type = SchemaType.STRING, format = "date-time", description = "Когда доставлено (UTC)", example = "2026-12-02T03:15:00Z") Instant deliveredAt,
        @Schema(type = SchemaType.STRING, format = "date", description = "Срок исполнения", example = "2026-12-15") LocalDate dueOn,
        @Schema(description = "Письмо, под которым зарегистрировано у получателя") Long registeredLetter,
        @Schema(description = "Причина возврата") String returnReason,
        @Schema(description = "Письмо отправителя") LetterView letter) {

    /** {@code sent}: the sender's letter with its files, as {@link Deliveries#sentLetter} reads it. */
    public static DeliveryView of(Delivery d, LetterFile sent) {
        return new DeliveryView(d.getId(), d.getState(), d.getSenderName(),
                d.getDeliveredAt(), d.getDueOn(), d.getRegisteredLetterId(), d.getReturnReason(), LetterView.of(sent));
    }
}
