package org.letterflow.tasks.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.letterflow.organisation.control.CurrentUser;
import org.letterflow.platform.Row;

/** The caller's in-application notices (reminders): the bell and its list. */
@Stateless
public class Notices {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser caller;

    @Inject
    Clock clock;

    /** An in-application notice (a reminder) not yet read. */
    public record Notice(long id, String text, Long letter,
                         @Schema(type = SchemaType.STRING, format = "date-time") java.time.Instant at) {
    }

    public List<Notice> notices() {
        return Row.all(em.createNativeQuery("select id, text, letter_id, created_at from notification"
                        + " where user_id = ?1 and read_at is null order by created_at desc, id desc limit 50")
                        .setParameter(1, caller.get().getId())).stream()
                .map(r -> new Notice(r.longValue("id"), r.string("text"), r.longOrNull("letter_id"), r.instant("created_at")))
                .toList();
    }

    /** How many reminders the caller has not read yet: the bell's number. */
    public long unreadNotices() {
        return ((Number) em.createNativeQuery("select count(*) from notification where user_id = ?1 and read_at is null")
                .setParameter(1, caller.get().getId()).getSingleResult()).longValue();
    }


    public void markNoticesRead() {
        em.createNativeQuery("update notification set read_at = ?2 where user_id = ?1 and read_at is null")
                .setParameter(1, caller.get().getId()).setParameter(2, Timestamp.from(clock.instant())).executeUpdate();
    }
}
