package org.letterflow.registration.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.logging.Logger;
import org.letterflow.organisation.control.CurrentUser;
import org.letterflow.organisation.entity.User;
import org.letterflow.registration.entity.AuditEvent;
import org.letterflow.registration.entity.Letter;

/** Appends what was done to a letter, by whom and when, in the same transaction as the deed. */
@Dependent
public class AuditTrail {

    private static final Logger LOG = Logger.getLogger(AuditTrail.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser caller;

    @Inject
    Clock clock;

    public void record(Letter letter, String action, String details) {
        record(letter, action, details, caller.get().getLogin());
    }

    /** For work done on someone's behalf without a request (the demo data). */
    public void record(Letter letter, String action, String details, String actor) {
        em.persist(new AuditEvent(clock.instant(), actor, letter.getOrganisation().getId(), letter.getId(), action,
                details));
        LOG.fine(() -> "Letter " + letter.getId() + " " + action + " by " + actor);
    }

    public List<AuditEvent> of(Letter letter) {
        return em.createNamedQuery(AuditEvent.OF_LETTER, AuditEvent.class)
                .setParameter("letter", letter.getId())
                .getResultList();
    }

    /** Who touched the letter last, by their short name (their login when they are gone): for "changed by …". */
    public String lastEditor(Letter letter) {
        List<AuditEvent> events = of(letter);
        String login = events.isEmpty() ? letter.getCreatedBy() : events.get(events.size() - 1).getActor();
        return em.createNamedQuery(User.BY_LOGIN, User.class).setParameter("login", login).getResultStream()
                .map(User::getShortName).findFirst().orElse(login);
    }
}
