package org.letterflow.registration.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.letterflow.organisation.control.CurrentUser;
import org.letterflow.platform.BusinessException;
import org.letterflow.platform.Text;
import org.letterflow.registration.entity.RegistrationJournal;

/**
 * Whose journal the caller may touch, in one place for every boundary that takes a journal's id:
 * only those of the caller's own organisation. Any other "does not exist", so an id tells nothing
 * about another organisation.
 */
@Dependent
public class JournalAccess {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser caller;

    /** A journal of the caller's organisation; any other answers "not found". */
    public RegistrationJournal own(long journalId) {
        RegistrationJournal journal = em.find(RegistrationJournal.class, journalId);
        if (journal == null || !journal.getOrganisation().getId().equals(caller.organisationId())) {
            throw BusinessException.notFound(Text.JOURNAL_NOT_FOUND);
        }
        return journal;
    }
}
