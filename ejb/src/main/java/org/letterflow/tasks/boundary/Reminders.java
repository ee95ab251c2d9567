package org.letterflow.tasks.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import org.letterflow.approval.control.LateSteps;
import org.letterflow.approval.control.LateSteps.LateStep;
import org.letterflow.platform.ClusterLock;
import org.letterflow.platform.Mail;

/**
 * Reminders of due dates: three days before, on the day, and once overdue, each sent once per
 * checkpoint to the assignee (or the clerks of the assignee organisation) in the application and,
 * where SMTP is configured, by e-mail; and of approval steps past their due time, once per step,
 * to the approver. Runs every hour; an administrator can run it at once.
 *
 * <p>The hourly timer fires on every instance of a cluster. A run holds a database lock for its
 * transaction and a run that finds it taken does nothing: the other instance is sending the same
 * reminders, and what it marked as sent is committed before anyone else may look again.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
public class Reminders {

    private static final Logger LOG = Logger.getLogger(Reminders.class.getName());
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    @PersistenceContext
    EntityManager em;

    @Inject
    Mail mail;

    @Inject
    Clock clock;

    @Inject
    ClusterLock lock;

    @Inject
    LateSteps lateSteps;

    @Schedule(hour = "*", minute = "7", persistent = false)
    void hourly() {
        send();
    }

    @RolesAllowed("ADMIN")
    public int runNow() {
        return send();
    }

    /** Returns how many reminders (checkpoint and kind) went out. */
    int send() {
        if (!lock.tryHold(ClusterLock.Work.REMINDERS)) {
            LOG.info("Reminders: another instance is sending them now");
            return 0;
        }
        List<?> due = em.createNativeQuery("""
                        with due as (
                            select c.id, c.due_on, r.text, l.id as letter, l.registration_number, t.assignee_user_id,
                                   t.assignee_org_id,
                                   case when c.due_on < cast(now() at time zone h.time_zone as date) then 'OVERDUE'
                                        when c.due_on = cast(now() at time zone h.time_zone as date) then 'TODAY'
                                        else 'SOON' end as kind
                              from task_checkpoint c
                              join task t on t.id = c.task_id
                              join resolution r on r.id = t.resolution_id
                              join letter l on l.id = r.letter_id
                              left join app_user u on u.id = t.assignee_user_id
                              join organisation h on h.id = coalesce(u.organisation_id, t.assignee_org_id)
                             where c.state = 'OPEN' and c.due_on <= cast(now() at time zone h.time_zone as date) + 3
                        )
                        select d.id, d.kind, d.due_on, d.text, d.letter, d.registration_number, p.id, p.email
                          from due d
                          join app_user p on p.active and (p.id = d.assignee_user_id or (p.organisation_id = d.assignee_org_id
                               and exists (select 1 from user_role x where x.user_id = p.id and x.role = 'CLERK')))
                         where not exists (select 1 from task_reminder s where s.checkpoint_id = d.id and s.kind = d.kind)
                         order by d.id""")
                .getResultList();
        Timestamp now = Timestamp.from(clock.instant());
        Set<String> marked = new HashSet<>();
        for (Object row : due) {
            Object[] r = (Object[]) row;
            long checkpoint = ((Number) r[0]).longValue();
            String kind = (String) r[1];
            String text = message(kind, ((Date) r[2]).toLocalDate().format(DAY), (String) r[5], (String) r[3]);
            em.createNativeQuery("insert into notification (user_id, text, letter_id, created_at) values (?1, ?2, ?3, ?4)")
                    .setParameter(1, ((Number) r[6]).longValue()).setParameter(2, text)
                    .setParameter(3, ((Number) r[4]).longValue()).setParameter(4, now).executeUpdate();
            mail.send((String) r[7], "Letterflow: " + text.lines().findFirst().orElse(text), text);
            if (marked.add(checkpoint + kind)) {
                em.createNativeQuery("insert into task_reminder (checkpoint_id, kind, sent_at) values (?1, ?2, ?3)")
                        .setParameter(1, checkpoint).setParameter(2, kind).setParameter(3, now).executeUpdate();
            }
        }
        int steps = overdueApprovals(now);
        if (!marked.isEmpty() || steps > 0) {
            LOG.info(() -> "Reminders sent: " + marked.size() + " due dates, " + steps + " approval steps");
        }
        return marked.size() + steps;
    }

    /** Approvers whose turn it is and whose step is past its due time, once per step. */
    private int overdueApprovals(Timestamp now) {
        List<LateStep> late = lateSteps.unreminded();
        for (LateStep step : late) {
            String text = "Просрочен срок согласования проекта «" + step.subject() + "»; документ ждёт вашего решения";
            em.createNativeQuery("insert into notification (user_id, text, created_at) values (?1, ?2, ?3)")
                    .setParameter(1, step.approver()).setParameter(2, text).setParameter(3, now).executeUpdate();
            mail.send(step.email(), "Letterflow: просрочено согласование", text);
            lateSteps.reminded(step.step(), now);
        }
        return late.size();
    }

    private static String message(String kind, String day, String number, String resolution) {
        String when = switch (kind) {
            case "OVERDUE" -> "Просрочен срок " + day;
            case "TODAY" -> "Сегодня срок";
            default -> "Скоро срок " + day;
        };
        return when + " по письму № " + number + "\n" + resolution;
    }
}
