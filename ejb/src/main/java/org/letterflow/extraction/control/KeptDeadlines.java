package org.letterflow.extraction.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.letterflow.extraction.entity.LetterDeadline;

/**
 * The due dates kept for a letter (letter_deadline, extraction's table), for another component
 * that needs them: forwarding passes the earliest one ahead to the recipients and keeps the
 * sender's due date on a letter registered from a delivery.
 */
@Dependent
public class KeptDeadlines {

    @PersistenceContext
    EntityManager em;

    /** The letter's earliest due date on or after {@code from}, or null. */
    public LocalDate next(long letterId, LocalDate from) {
        List<?> due = em.createNativeQuery("select min(due_on) from letter_deadline where letter_id = ?1 and due_on >= ?2")
                .setParameter(1, letterId).setParameter(2, from).getResultList();
        return due.isEmpty() || due.get(0) == null ? null : ((Date) due.get(0)).toLocalDate();
    }

    /** Keeps a due date entered by a person for the letter, unless the letter has that date already. */
    public void keepOnce(long letterId, LocalDate due, String said, String by, Instant at) {
        if (em.createQuery("select d from LetterDeadline d where d.letterId = :letter and d.dueOn = :due",
                LetterDeadline.class).setParameter("letter", letterId).setParameter("due", due)
                .getResultStream().findAny().isPresent()) {
            return;
        }
        em.persist(new LetterDeadline(letterId, due, said, null, false, by, at));
    }
}
