package org.letterflow.organisation.boundary;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;

import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.letterflow.organisation.entity.Role;
import org.letterflow.organisation.entity.User;

/** A user as the API shows it; the password hash never leaves the server. */
@Schema(description = "Пользователь")
public record UserView(
        @Schema(description = "Идентификатор пользователя") long id,
        @Schema(description = "Логин", example = "ivanova") String login,
        @Schema(description = "ФИО", example = "Иванова Мария Петровна") String fullName,
        @Schema(description = "Фамилия и инициалы", example = "Иванова М. П.") String shortName,
        @Schema(description = "Должность") String position,
        @Schema(description = "Электронная почта") String email,
        @Schema(description = "Может входить") boolean active,
        @Schema(type = SchemaType.ARRAY, implementation = Role.class, description = "Роли") Set<Role> roles,
        @Schema(description = "Организация пользователя") OrganisationView organisation,
        @Schema(description = "Версия записи (ETag)") long version) {

    public static UserView of(User u) {
        return new UserView(u.getId(), u.getLogin(), u.getFullName(), u.getShortName(), u.getPosition(),
                u.getEmail(), u.isActive(), u.getRoles(), OrganisationView.of(u.getOrganisation()), u.getVersion());
    }
}
