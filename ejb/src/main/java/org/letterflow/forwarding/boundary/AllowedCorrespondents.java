package org.letterflow.forwarding.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.letterflow.organisation.control.CurrentUser;
import org.letterflow.organisation.entity.Organisation;
import org.letterflow.platform.BusinessException;
import org.letterflow.platform.Text;

/**
 * Organisations outside a sender's subtree that it may send letters to all the same; kept by an
 * administrator for the organisations they see.
 */
@Stateless
@RolesAllowed("ADMIN")
public class AllowedCorrespondents {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser caller;

    @SuppressWarnings("unchecked")
    public List<Organisation> of(long organisationId) {
        check(organisationId);
        return em.createNativeQuery("select o.* from organisation o join allowed_correspondent a on a.correspondent_id = o.id"
                        + " where a.organisation_id = ?1 order by o.short_name", Organisation.class)
                .setParameter(1, organisationId).getResultList();
    }

    public void allow(long organisationId, long correspondentId) {
        check(organisationId);
        if (em.find(Organisation.class, correspondentId) == null) {
            throw BusinessException.invalid("correspondent", Text.ORGANISATION_CODE_UNKNOWN, correspondentId);
        }
        if (organisationId == correspondentId) {
            throw BusinessException.invalid("correspondent", Text.CORRESPONDENT_SELF);
        }
        em.createNativeQuery("insert into allowed_correspondent (organisation_id, correspondent_id) values (?1, ?2)"
                + " on conflict do nothing").setParameter(1, organisationId).setParameter(2, correspondentId).executeUpdate();
    }

    public void forbid(long organisationId, long correspondentId) {
        check(organisationId);
        em.createNativeQuery("delete from allowed_correspondent where organisation_id = ?1 and correspondent_id = ?2")
                .setParameter(1, organisationId).setParameter(2, correspondentId).executeUpdate();
    }

    private void check(long organisationId) {
        if (!caller.sees(organisationId)) {
            throw BusinessException.notFound(Text.ORGANISATION_NOT_FOUND);
        }
    }
}
