package org.letterflow.forwarding.control;

import java.time.Instant;
import java.time.LocalDate;
import org.letterflow.forwarding.entity.DeliveryState;
import org.letterflow.organisation.entity.OrganisationKind;

/** One delivery of a chain as a line of its export; {@code level} 1 is the top of the viewer's part. */
public record ChainRow(int level, String sender, String recipient, OrganisationKind kind, DeliveryState state,
                       boolean overdue, String registrationNumber, LocalDate registrationDate, Instant deliveredAt,
                       LocalDate dueOn, String returnReason) {
}
