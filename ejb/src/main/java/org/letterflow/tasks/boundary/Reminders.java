package org.letterflow.tasks.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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
import org.letterflow.platform.Row;
import org.letterflow.platform.Text;

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
        Timestamp now = Timestamp.from(clock.instant());
        // today of each assignee's organisation, from the one clock (?1), in that organisation's zone
        List<Row> due = Row.all(em.createNativeQuery("""
                        with due as (
                            select c.id, c.due_on, r.text, l.id as letter, l.registration_number, t.assignee_user_id,
                                   t.assignee_org_id,
                                   case when c.due_on < cast(cast(?1 as timestamptz) at time zone h.time_zone as date) then 'OVERDUE'
                                        when c.due_on = cast(cast(?1 as timestamptz) at time zone h.time_zone as date) then 'TODAY'
                                        else 'SOON' end as kind
                              from task_checkpoint c
                              join task t on t.id = c.task_id
                              join resolution r on r.id = t.resolution_id
                              join letter l on l.id = r.letter_id
                              left join app_user u on u.id = t.assignee_user_id
                              join organisation h on h.id = coalesce(u.organisation_id, t.assignee_org_id)
                             where c.state = 'OPEN'
                               and c.due_on <= cast(cast(?1 as timestamptz) at time zone h.time_zone as date) + 3
                        )
                        select d.id as checkpoint, d.kind, d.due_on, d.text, d.letter, d.registration_number,
                               p.id as recipient, p.email
                          from due d
                          join app_user p on p.active and (p.id = d.assignee_user_id or (p.organisation_id = d.assignee_org_id
                               and exists (select 1 from user_role x where x.user_id = p.id and x.role = 'CLERK')))
                         where not exists (select 1 from task_reminder s where s.checkpoint_id = d.id and s.kind = d.kind)
                         order by d.id""").setParameter(1, now));
        Set<String> marked = new HashSet<>();
        for (Row r : due) {
            long checkpoint = r.longValue("checkpoint");
            String kind = r.string("kind");
            String text = message(kind, r.date("due_on").format(DAY), r.string("registration_number"), r.string("text"));
            em.createNativeQuery("insert into notification (user_id, text, letter_id, created_at) values (?1, ?2, ?3, ?4)")
                    .setParameter(1, r.longValue("recipient")).setParameter(2, text)
                    .setParameter(3, r.longValue("letter")).setParameter(4, now).executeUpdate();
            mail.send(r.string("email"), "Letterflow: " + text.lines().findFirst().orElse(text), text);
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
        List<LateStep> late = lateSteps.unreminded(now.toInstant());
        for (LateStep step : late) {
            String text = Text.APPROVAL_OVERDUE_NOTICE.format(step.subject());
            em.createNativeQuery("insert into notification (user_id, text, created_at) values (?1, ?2, ?3)")
                    .setParameter(1, step.approver()).setParameter(2, text).setParameter(3, now).executeUpdate();
            mail.send(step.email(), Text.APPROVAL_OVERDUE_MAIL_SUBJECT.format(), text);
            lateSteps.reminded(step.step(), now);
        }
        return late.size();
    }

    private static String message(String kind, String day, String number, String resolution) {
        Text reminder = switch (kind) {
            case "OVERDUE" -> Text.REMINDER_OVERDUE;
            case "TODAY" -> Text.REMINDER_TODAY;
            default -> Text.REMINDER_SOON;
        };
        return reminder.format(day, number, resolution);
    }
}
