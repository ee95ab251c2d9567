package org.letterflow.tasks.boundary;

import jakarta.json.bind.annotation.JsonbCreator;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An executive's resolution: the text, who does it (logins of the organisation's users, ids of
 * organisations below it), which of them answers for the whole, the due dates (several dates make
 * one task with a checkpoint each), a recurring obligation as an iCalendar rule
 * ({@code FREQ=MONTHLY;BYMONTHDAY=5}: "ежемесячно до 5 числа") with the day it ends, whose every
 * occurrence becomes a checkpoint, and whether it is under control.
 */
public record ResolutionForm(String text, List<String> users, List<Long> organisations, String responsible,
                             @Schema(type = SchemaType.ARRAY, implementation = String.class, description = "Сроки, ГГГГ-ММ-ДД") List<LocalDate> dueDates,
                             String recurrence,
                             @Schema(type = SchemaType.STRING, format = "date") LocalDate until,
                             boolean onControl) {

    /** Written out, not compact: see OrganisationForm (Payara's OpenAPI scanner and record parameters). */
    @JsonbCreator
    public ResolutionForm(String text, List<String> users, List<Long> organisations, String responsible,
                          List<LocalDate> dueDates, String recurrence, LocalDate until, boolean onControl) {
        this.text = text;
        this.users = users == null ? List.of() : List.copyOf(users);
        this.organisations = organisations == null ? List.of() : List.copyOf(organisations);
        this.responsible = responsible;
        this.dueDates = dueDates == null ? List.of() : dueDates.stream().filter(java.util.Objects::nonNull).toList();
        this.recurrence = recurrence;
        this.until = until;
        this.onControl = onControl;
    }
}
