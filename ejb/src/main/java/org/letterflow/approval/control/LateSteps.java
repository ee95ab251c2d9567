package org.letterflow.approval.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.letterflow.platform.Row;

/**
 * Approval steps past their due time whose approver has not been reminded yet: the approver's
 * turn (as the sheet wrote it on the step, ApprovalSheet.isCurrent), once per step. The
 * reminders go out with the due-date reminders (tasks' Reminders); what is approval's stays here.
 */
@Dependent
public class LateSteps {

    /** A late step, its approver and the draft's subject. */
    public record LateStep(long step, long approver, String email, String subject) {
    }

    @PersistenceContext
    EntityManager em;

    /** Steps late at {@code now} (the injected clock's instant: a due time is an instant, no zone applies). */
    public List<LateStep> unreminded(Instant now) {
        return Row.all(em.createNativeQuery("""
                        select st.id as step, u.id as approver, u.email, l.subject
                          from approval_step st
                          join approval_sheet sh on sh.id = st.sheet_id
                          join letter l on l.id = sh.letter_id
                          join app_user u on u.id = st.approver_id and u.active
                         where st.in_turn and st.due_at < ?1
                           and not exists (select 1 from approval_reminder r where r.step_id = st.id)""")
                        .setParameter(1, Timestamp.from(now)))
                .stream().map(r -> new LateStep(r.longValue("step"), r.longValue("approver"), r.string("email"),
                        r.string("subject"))).toList();
    }

    /** The step's approver has been reminded: not again. */
    public void reminded(long step, Timestamp at) {
        em.createNativeQuery("insert into approval_reminder (step_id, sent_at) values (?1, ?2)")
                .setParameter(1, step).setParameter(2, at).executeUpdate();
    }
}
