package org.letterflow.forwarding.control;

import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.letterflow.forwarding.entity.DeliveryState;
import org.letterflow.organisation.entity.OrganisationKind;

/**
 * One delivery in a chain: who received the letter, under which number they registered it, where
 * it stands, the letter through which it passed it on (its re-issue: {@code reissuedNumber} and
 * date, none while the re-issue is a draft), and the roll-up of everything re-issued below it
 * ({@code below} counts the node too).
 */
public record ChainNode(long delivery, long organisationId, String organisation, OrganisationKind kind,
                        String sender, DeliveryState state, boolean overdue,
                        @Schema(type = SchemaType.STRING, format = "date-time") Instant deliveredAt,
                        @Schema(type = SchemaType.STRING, format = "date") LocalDate dueOn,
                        Long registeredLetter, String registrationNumber,
                        @Schema(type = SchemaType.STRING, format = "date") LocalDate registrationDate,
                        String returnReason, Long reissuedLetter, String reissuedNumber,
                        @Schema(type = SchemaType.STRING, format = "date") LocalDate reissuedDate,
                        long children, RollUp below) {
}
