package org.letterflow.approval.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.letterflow.registration.control.ApprovalState;

/** Whether a letter's approval round is under way, read from its sheets. */
@Dependent
public class RoundsUnderWay implements ApprovalState {

    @PersistenceContext
    EntityManager em;

    @Override
    public boolean inProgress(long letterId) {
        return !em.createNativeQuery("select 1 from approval_sheet where letter_id = ?1 and state = 'IN_PROGRESS'")
                .setParameter(1, letterId).getResultList().isEmpty();
    }
}
