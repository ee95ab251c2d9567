package org.letterflow.approval.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.util.List;

/**
 * Approval steps past their due time whose approver has not been reminded yet: the approver's
 * turn (the sheet in progress, the step's stage the first undecided one), once per step. The
 * reminders go out with the due-date reminders (tasks' Reminders); what is approval's stays here.
 */
@Dependent
public class LateSteps {

    /** A late step, its approver and the draft's subject. */
    public record LateStep(long step, long approver, String email, String subject) {
    }

    @PersistenceContext
    EntityManager em;

    public List<LateStep> unreminded() {
        List<?> late = em.createNativeQuery("""
                        select st.id, u.id, u.email, l.subject, st.due_at
                          from approval_step st
                          join approval_sheet sh on sh.id = st.sheet_id and sh.state = 'IN_PROGRESS'
                          join letter l on l.id = sh.letter_id
                          join app_user u on u.id = st.approver_id and u.active
                         where st.result is null and st.due_at < now()
                           and st.stage = (select min(x.stage) from approval_step x where x.sheet_id = sh.id and x.result is null)
                           and not exists (select 1 from approval_reminder r where r.step_id = st.id)""")
                .getResultList();
        return late.stream().map(row -> {
            Object[] r = (Object[]) row;
            return new LateStep(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), (String) r[2], (String) r[3]);
        }).toList();
    }

    /** The step's approver has been reminded: not again. */
    public void reminded(long step, Timestamp at) {
        em.createNativeQuery("insert into approval_reminder (step_id, sent_at) values (?1, ?2)")
                .setParameter(1, step).setParameter(2, at).executeUpdate();
    }
}
