package org.letterflow.organisation.control;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import org.letterflow.organisation.entity.User;
import org.letterflow.platform.BusinessException;
import org.letterflow.platform.Text;

/** The signed-in user of this request, loaded once, and whether they may see an organisation. */
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityContext security;

    @Inject
    OrganisationTree tree;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    private User user;

    public User get() {
        if (user == null) {
            Principal principal = security.getCallerPrincipal();
            if (principal == null) {
                throw BusinessException.forbidden(Text.SIGN_IN_REQUIRED);
            }
            user = em.createNamedQuery(User.BY_LOGIN, User.class)
                    .setParameter("login", principal.getName())
                    .getResultStream().findFirst()
                    .orElseThrow(() -> BusinessException.forbidden(Text.ACCOUNT_NOT_FOUND_OR_DISABLED));
        }
        return user;
    }

    /**
     * Today on the caller's organisation's calendar, from the one injected clock: the place where
     * a user's day is told, so that a page, a default period and a due date agree.
     */
    public LocalDate today() {
        return get().getOrganisation().today(clock);
    }

    public long organisationId() {
        return get().getOrganisation().getId();
    }

    /** Whether the organisation is the caller's own or lies below it: a walk up from it, as long as the depth. */
    public boolean sees(long organisationId) {
        return tree.contains(organisationId(), organisationId);
    }
}
