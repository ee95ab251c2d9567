package org.letterflow.organisation.boundary;

import org.letterflow.organisation.entity.Organisation;
import org.letterflow.organisation.entity.OrganisationKind;

/** An organisation as the API shows it. */
public record OrganisationView(long id, Long parentId, OrganisationKind kind, String fullName, String shortName,
                               String timeZone, String email, String address, long version) {

    public static OrganisationView of(Organisation o) {
        return new OrganisationView(o.getId(), o.parentId(), o.getKind(), o.getFullName(), o.getShortName(),
                o.getTimeZone().getId(), o.getEmail(), o.getAddress(), o.getVersion());
    }
}
