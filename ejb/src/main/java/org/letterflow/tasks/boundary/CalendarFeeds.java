package org.letterflow.tasks.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import org.letterflow.organisation.control.CurrentUser;
import org.letterflow.platform.BusinessException;
import org.letterflow.platform.Text;
import org.letterflow.platform.Row;
import org.letterflow.tasks.control.ICalendar;

/** The calendar feed: a secret URL per user with every due date of their tasks, for calendar applications. */
@Stateless
public class CalendarFeeds {

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser caller;

    @Inject
    Clock clock;

    /** A new secret URL for the caller's calendar feed; the previous one stops working. */
    public String newCalendarToken() {
        revokeCalendar();
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        em.createNativeQuery("insert into calendar_token (token, user_id, created_at) values (?1, ?2, ?3)")
                .setParameter(1, token).setParameter(2, caller.get().getId())
                .setParameter(3, Timestamp.from(clock.instant())).executeUpdate();
        return token;
    }

    public void revokeCalendar() {
        em.createNativeQuery("update calendar_token set revoked_at = ?2 where user_id = ?1 and revoked_at is null")
                .setParameter(1, caller.get().getId()).setParameter(2, Timestamp.from(clock.instant())).executeUpdate();
    }

    /** The feed behind a token: every due date of the user's tasks; an unknown or revoked token is "not found". */
    @PermitAll
    public String calendar(String token) {
        Row owner = Row.first(em.createNativeQuery("select u.id, u.organisation_id, exists (select 1 from user_role x"
                        + " where x.user_id = u.id and x.role = 'CLERK') as clerk from calendar_token k"
                        + " join app_user u on u.id = k.user_id where k.token = ?1 and k.revoked_at is null and u.active")
                        .setParameter(1, token == null ? "" : token))
                .orElseThrow(() -> BusinessException.notFound(Text.CALENDAR_NOT_FOUND));
        List<Row> rows = Row.all(em.createNativeQuery("""
                        select c.id, c.due_on, r.text, l.registration_number, c.state, c.position,
                               (select count(*) from task_checkpoint x where x.task_id = t.id) as checkpoints
                          from task t
                          join resolution r on r.id = t.resolution_id
                          join letter l on l.id = r.letter_id
                          join task_checkpoint c on c.task_id = t.id
                         where t.assignee_user_id = ?1 or (t.assignee_org_id = ?2 and ?3)
                         order by c.due_on""")
                .setParameter(1, owner.longValue("id")).setParameter(2, owner.longValue("organisation_id"))
                .setParameter(3, owner.flag("clerk")));
        List<ICalendar.Event> events = rows.stream().map(r -> {
            long checkpoints = r.longValue("checkpoints");
            String of = checkpoints > 1 ? Text.CALENDAR_CHECKPOINT_OF.format(r.longValue("position"), checkpoints) : "";
            String done = "DONE".equals(r.string("state")) ? Text.CALENDAR_DONE.format() : "";
            return new ICalendar.Event("checkpoint-" + r.longValue("id") + "@letterflow", r.date("due_on"),
                    Text.CALENDAR_DUE_DATE.format(r.string("registration_number"), of, done), r.string("text"));
        }).toList();
        return ICalendar.of(Text.CALENDAR_NAME.format(), events);
    }
}
