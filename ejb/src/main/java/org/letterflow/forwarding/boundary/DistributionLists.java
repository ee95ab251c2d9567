package org.letterflow.forwarding.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashSet;
import java.util.List;
import org.letterflow.forwarding.control.RecipientSet;
import org.letterflow.organisation.control.CurrentUser;
import org.letterflow.platform.BusinessException;
import org.letterflow.platform.Text;
import org.letterflow.platform.Row;

/** An organisation's saved distribution lists: named sets of organisations below it. */
@Stateless
public class DistributionLists {

    /** A list with its members' ids and short names, in the same order. */
    public record DistributionList(long id, String name, List<Long> members, List<String> names) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser caller;

    @Inject
    RecipientSet recipientSet;

    public List<DistributionList> own() {
        return Row.all(em.createNativeQuery("""
                        select l.id, l.name,
                               coalesce(array_agg(o.id order by o.short_name) filter (where o.id is not null), '{}') as members,
                               coalesce(array_agg(o.short_name order by o.short_name) filter (where o.id is not null), '{}')
                                   as member_names
                          from distribution_list l
                          left join distribution_list_member m on m.list_id = l.id
                          left join organisation o on o.id = m.organisation_id
                         where l.organisation_id = ?1
                         group by l.id, l.name order by l.name""")
                .setParameter(1, caller.organisationId())).stream()
                .map(r -> new DistributionList(r.longValue("id"), r.string("name"), r.longs("members"),
                        r.strings("member_names")))
                .toList();
    }

    /** Saves a list; every member must lie below the caller's organisation, and the name be new. */
    @RolesAllowed("CLERK")
    public DistributionList create(String name, List<Long> members) {
        if (name == null || name.isBlank() || name.strip().length() > 200) {
            throw BusinessException.invalid("name", Text.DISTRIBUTION_LIST_NAME_MISSING);
        }
        if (members == null || members.isEmpty()) {
            throw BusinessException.invalid("members", Text.DISTRIBUTION_LIST_EMPTY);
        }
        long own = caller.organisationId();
        recipientSet.checkReach(own, members);
        boolean taken = !em.createNativeQuery("select 1 from distribution_list where organisation_id = ?1 and lower(name) = lower(?2)")
                .setParameter(1, own).setParameter(2, name.strip()).getResultList().isEmpty();
        if (taken) {
            throw BusinessException.conflict(Text.DISTRIBUTION_LIST_EXISTS, name.strip());
        }
        long id = ((Number) em.createNativeQuery("insert into distribution_list (organisation_id, name) values (?1, ?2) returning id")
                .setParameter(1, own).setParameter(2, name.strip()).getSingleResult()).longValue();
        for (Long member : new LinkedHashSet<>(members)) {
            em.createNativeQuery("insert into distribution_list_member (list_id, organisation_id) values (?1, ?2)")
                    .setParameter(1, id).setParameter(2, member).executeUpdate();
        }
        return own().stream().filter(l -> l.id() == id).findFirst().orElseThrow();
    }

    @RolesAllowed("CLERK")
    public void delete(long id) {
        int deleted = em.createNativeQuery("delete from distribution_list where id = ?1 and organisation_id = ?2")
                .setParameter(1, id).setParameter(2, caller.organisationId()).executeUpdate();
        if (deleted == 0) {
            throw BusinessException.notFound(Text.DISTRIBUTION_LIST_NOT_FOUND);
        }
    }
}
