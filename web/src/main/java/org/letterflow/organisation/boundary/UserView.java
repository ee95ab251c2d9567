package org.letterflow.organisation.boundary;

import java.util.Set;
import org.letterflow.organisation.entity.Role;
import org.letterflow.organisation.entity.User;

/** A user as the API shows it; the password hash never leaves the server. */
public record UserView(long id, String login, String fullName, String shortName, String position, String email,
                       boolean active, Set<Role> roles, OrganisationView organisation, long version) {

    public static UserView of(User u) {
        return new UserView(u.getId(), u.getLogin(), u.getFullName(), u.getShortName(), u.getPosition(),
                u.getEmail(), u.isActive(), u.getRoles(), OrganisationView.of(u.getOrganisation()), u.getVersion());
    }
}
