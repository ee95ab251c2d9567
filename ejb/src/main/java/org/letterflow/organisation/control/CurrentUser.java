package org.letterflow.organisation.control;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Set;
import org.letterflow.organisation.entity.User;
import org.letterflow.platform.BusinessException;

/** The signed-in user of this request, loaded once, and the organisations they may see. */
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityContext security;

    @Inject
    OrganisationTree tree;

    @PersistenceContext
    EntityManager em;

    private User user;
    private Set<Long> visibleOrganisations;

    public User get() {
        if (user == null) {
            Principal principal = security.getCallerPrincipal();
            if (principal == null) {
                throw BusinessException.forbidden("Требуется вход в систему");
            }
            user = em.createNamedQuery(User.BY_LOGIN, User.class)
                    .setParameter("login", principal.getName())
                    .getResultStream().findFirst()
                    .orElseThrow(() -> BusinessException.forbidden("Учётная запись не найдена или отключена"));
        }
        return user;
    }

    public long organisationId() {
        return get().getOrganisation().getId();
    }

    /** The caller's organisation and all organisations below it. */
    public Set<Long> visibleOrganisations() {
        if (visibleOrganisations == null) {
            visibleOrganisations = tree.subtreeIds(organisationId());
        }
        return visibleOrganisations;
    }

    public boolean sees(long organisationId) {
        return visibleOrganisations == null
                ? tree.contains(organisationId(), organisationId)
                : visibleOrganisations.contains(organisationId);
    }
}
