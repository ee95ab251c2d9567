package org.letterflow.organisation.boundary;

import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.letterflow.organisation.entity.OrganisationKind;

/** What an administrator enters to create or change an organisation. */
public record OrganisationForm(
        @NotNull(message = "{letterflow.organisation.parent.required}") Long parentId,
        @NotNull(message = "{letterflow.required}") OrganisationKind kind,
        @NotBlank(message = "{letterflow.required}") @Size(max = 500, message = "{letterflow.too.long}") String fullName,
        @NotBlank(message = "{letterflow.required}") @Size(max = 200, message = "{letterflow.too.long}") String shortName,
        @NotBlank(message = "{letterflow.required}") String timeZone,
        @Email(message = "{letterflow.email}") @Size(max = 254, message = "{letterflow.too.long}") String email,
        @Size(max = 500, message = "{letterflow.too.long}") String address) {

    /**
     * Written out, not compact: constraint annotations on the components would otherwise be copied
     * onto these parameters, where Payara's OpenAPI scanner fails on them.
     */
    @JsonbCreator
    public OrganisationForm(Long parentId, OrganisationKind kind, String fullName, String shortName, String timeZone, String email, String address) {
        this.parentId = parentId;
        this.kind = kind;
        this.fullName = fullName;
        this.shortName = shortName;
        this.timeZone = timeZone;
        this.email = email;
        this.address = address;
    }
}
