package org.letterflow.organisation.boundary;

import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.letterflow.organisation.entity.Role;

/** What an administrator enters to create or change a user; the password only when setting one. */
public record UserForm(
        @NotNull(message = "{letterflow.required}") Long organisationId,
        @NotBlank(message = "{letterflow.required}")
        @Pattern(regexp = "[A-Za-z0-9._-]{2,64}", message = "{letterflow.user.login}") String login,
        @NotBlank(message = "{letterflow.required}") @Size(max = 300, message = "{letterflow.too.long}") String fullName,
        @NotBlank(message = "{letterflow.required}") @Size(max = 100, message = "{letterflow.too.long}") String shortName,
        @Size(max = 500, message = "{letterflow.too.long}") String position,
        @Email(message = "{letterflow.email}") String email,
        @Schema(type = SchemaType.ARRAY, implementation = Role.class)
        @NotEmpty(message = "{letterflow.user.roles}") Set<Role> roles,
        boolean active,
        String password) {

    /**
     * Written out, not compact: constraint annotations on the components would otherwise be copied
     * onto these parameters, where Payara's OpenAPI scanner fails on them.
     */
    @JsonbCreator
    public UserForm(Long organisationId, String login, String fullName, String shortName, String position, String email, Set<Role> roles, boolean active, String password) {
        this.organisationId = organisationId;
        this.login = login;
        this.fullName = fullName;
        this.shortName = shortName;
        this.position = position;
        this.email = email;
        this.roles = roles;
        this.active = active;
        this.password = password;
    }
}
