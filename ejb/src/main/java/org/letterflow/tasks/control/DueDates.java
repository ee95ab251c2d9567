package org.letterflow.tasks.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.util.List;
import org.letterflow.tasks.entity.CheckpointState;

/** Due dates of tasks as rows of a list (Мои поручения, На контроле, a line of the discipline report). */
@Dependent
public class DueDates {

    /** Today in the assignee's organisation, whose calendar the due dates follow. */
    public static final String TODAY = "cast(now() at time zone h.time_zone as date)";

    @PersistenceContext
    EntityManager em;

    /** Due dates of the given tasks, earliest first; parameter ?2 is the caller's organisation (for ownLetter). */
    public List<TaskRow> rows(String tasks, String where, Object... parameters) {
        var query = em.createNativeQuery("""
                        select t.id, c.id, c.position, (select count(*) from task_checkpoint x where x.task_id = t.id),
                               l.id, l.registration_number, l.subject, r.text, a.short_name,
                               coalesce(u.short_name, o.short_name), c.due_on, c.state,
                               c.state <> 'DONE' and c.due_on < %1$s,
                               c.state = 'OPEN' and c.due_on between %1$s and %1$s + 3,
                               c.returned_comment, l.organisation_id = ?2, c.report
                          from %2$s t
                          join resolution r on r.id = t.resolution_id
                          join letter l on l.id = r.letter_id
                          join app_user a on a.id = r.author_id
                          join task_checkpoint c on c.task_id = t.id
                          left join app_user u on u.id = t.assignee_user_id
                          left join organisation o on o.id = t.assignee_org_id
                          join organisation h on h.id = coalesce(u.organisation_id, t.assignee_org_id)
                         where %3$s
                         order by c.due_on, t.id, c.position
                         limit 1000""".formatted(TODAY, tasks, where));
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        List<?> rows = query.getResultList();
        return rows.stream().map(row -> {
            Object[] r = (Object[]) row;
            return new TaskRow(n(r[0]), n(r[1]), (int) n(r[2]), (int) n(r[3]), n(r[4]), (String) r[5], (String) r[6],
                    (String) r[7], (String) r[8], (String) r[9], ((Date) r[10]).toLocalDate(),
                    CheckpointState.valueOf((String) r[11]), (Boolean) r[12], (Boolean) r[13], (String) r[14],
                    (Boolean) r[15], (String) r[16]);
        }).toList();
    }

    private static long n(Object value) {
        return ((Number) value).longValue();
    }
}
