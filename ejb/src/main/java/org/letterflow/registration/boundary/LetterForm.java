package org.letterflow.registration.boundary;

import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.letterflow.registration.entity.Direction;
import org.letterflow.registration.entity.Requisites;

/**
 * What a clerk enters for a letter. Incoming letters are registered at once; an outgoing letter
 * is a draft unless {@code register} is set (a signed paper letter registered directly).
 * Dates without a time are the organisation's calendar dates; {@code receivedAt} is its local time.
 */
public record LetterForm(
        @NotNull(message = "{letterflow.required}") Direction direction,
        Long journalId,
        LocalDate registrationDate,
        LocalDateTime receivedAt,
        Long correspondentOrganisationId,
        @Size(max = 500, message = "{letterflow.too.long}") String correspondentName,
        @Size(max = 120, message = "{letterflow.too.long}") String correspondentNumber,
        LocalDate correspondentDate,
        @NotBlank(message = "{letterflow.required}") @Size(max = 1000, message = "{letterflow.too.long}") String subject,
        @Size(max = 4000, message = "{letterflow.too.long}") String addressees,
        @Size(max = 500, message = "{letterflow.too.long}") String signatoryPosition,
        @Size(max = 200, message = "{letterflow.too.long}") String signatoryName,
        @Size(max = 300, message = "{letterflow.too.long}") String executorName,
        @Size(max = 100, message = "{letterflow.too.long}") String executorPhone,
        @Size(max = 20000, message = "{letterflow.too.long}") String summary,
        @Size(max = 200, message = "{letterflow.too.long}") String attachmentNote,
        boolean restricted,
        List<String> readers,
        List<Long> inReplyTo,
        boolean register,
        boolean allowDuplicate) {

    /** Written out, not compact: see OrganisationForm (Payara's OpenAPI scanner and record parameters). */
    @JsonbCreator
    public LetterForm(Direction direction, Long journalId, LocalDate registrationDate, LocalDateTime receivedAt,
                      Long correspondentOrganisationId, String correspondentName, String correspondentNumber,
                      LocalDate correspondentDate, String subject, String addressees, String signatoryPosition,
                      String signatoryName, String executorName, String executorPhone, String summary,
                      String attachmentNote, boolean restricted, List<String> readers, List<Long> inReplyTo,
                      boolean register, boolean allowDuplicate) {
        this.direction = direction;
        this.journalId = journalId;
        this.registrationDate = registrationDate;
        this.receivedAt = receivedAt;
        this.correspondentOrganisationId = correspondentOrganisationId;
        this.correspondentName = correspondentName;
        this.correspondentNumber = correspondentNumber;
        this.correspondentDate = correspondentDate;
        this.subject = subject;
        this.addressees = addressees;
        this.signatoryPosition = signatoryPosition;
        this.signatoryName = signatoryName;
        this.executorName = executorName;
        this.executorPhone = executorPhone;
        this.summary = summary;
        this.attachmentNote = attachmentNote;
        this.restricted = restricted;
        this.readers = readers == null ? List.of() : List.copyOf(readers);
        this.inReplyTo = inReplyTo == null ? List.of() : List.copyOf(inReplyTo);
        this.register = register;
        this.allowDuplicate = allowDuplicate;
    }

    Requisites requisites(String correspondent) {
        return new Requisites(trim(subject), trim(addressees), correspondent, trim(correspondentNumber),
                correspondentDate, trim(signatoryPosition), trim(signatoryName), trim(executorName),
                trim(executorPhone), trim(summary), trim(attachmentNote), restricted);
    }

    private static String trim(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
