package org.letterflow.tasks.boundary;

import jakarta.json.bind.annotation.JsonbCreator;
import java.time.LocalDate;
import java.util.List;

/**
 * An executive's resolution: the text, who does it (logins of the organisation's users, ids of
 * organisations below it), which of them answers for the whole, the due dates (several dates make
 * one task with a checkpoint each), and whether it is under control.
 */
public record ResolutionForm(String text, List<String> users, List<Long> organisations, String responsible,
                             List<LocalDate> dueDates, boolean onControl) {

    /** Written out, not compact: see OrganisationForm (Payara's OpenAPI scanner and record parameters). */
    @JsonbCreator
    public ResolutionForm(String text, List<String> users, List<Long> organisations, String responsible,
                          List<LocalDate> dueDates, boolean onControl) {
        this.text = text;
        this.users = users == null ? List.of() : List.copyOf(users);
        this.organisations = organisations == null ? List.of() : List.copyOf(organisations);
        this.responsible = responsible;
        this.dueDates = dueDates == null ? List.of() : dueDates.stream().filter(java.util.Objects::nonNull).toList();
        this.onControl = onControl;
    }
}
