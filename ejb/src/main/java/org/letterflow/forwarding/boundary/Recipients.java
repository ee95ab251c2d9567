package org.letterflow.forwarding.boundary;

import jakarta.json.bind.annotation.JsonbCreator;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.letterflow.organisation.entity.OrganisationKind;

/**
 * Whom a letter goes to: organisations picked one by one, every direct subordinate, every
 * organisation of a kind anywhere below the sender (every school of a region), saved distribution
 * lists; any mix, each organisation once. {@code dueOn}: by when recipients must act, if at all.
 */
public record Recipients(List<Long> recipients, boolean subordinates, OrganisationKind descendantsOfKind,
                         List<Long> lists, @Schema(type = SchemaType.STRING, format = "date") LocalDate dueOn) {

    /** Written out, not compact: see OrganisationForm (Payara's OpenAPI scanner and record parameters). */
    @JsonbCreator
    public Recipients(List<Long> recipients, boolean subordinates, OrganisationKind descendantsOfKind,
                      List<Long> lists, LocalDate dueOn) {
        this.recipients = recipients == null ? List.of() : List.copyOf(recipients);
        this.subordinates = subordinates;
        this.descendantsOfKind = descendantsOfKind;
        this.lists = lists == null ? List.of() : List.copyOf(lists);
        this.dueOn = dueOn;
    }

    boolean isEmpty() {
        return recipients.isEmpty() && !subordinates && descendantsOfKind == null && lists.isEmpty();
    }
}
