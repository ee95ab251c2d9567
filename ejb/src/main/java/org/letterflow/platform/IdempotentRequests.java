package org.letterflow.platform;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The first answers to requests sent with an {@code Idempotency-Key}, per user and key, so that a
 * repeat gets the first answer instead of doing the work twice. Always called inside the
 * transaction of the work itself: the key is claimed, the work done and its answer kept in one
 * commit, so a crash in between loses all three and a retry does the work once.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class IdempotentRequests {

    /** The answer to replay: status, Location, media type and body exactly as first sent. */
    public record Answer(int status, String location, String contentType, byte[] body) {
    }

    /** What a claim found: the key is new (do the work), or it was used before (replay or refuse). */
    public record Claim(boolean fresh, String fingerprint, Answer answer) {

        /** Whether the key was used before for a request with other content. */
        public boolean otherRequest(String requestFingerprint) {
            return !fresh && !fingerprint.equals(requestFingerprint);
        }
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "letterflow.idempotency.hours", defaultValue = "24")
    int hours;

    /**
     * Claims the key for this request. A concurrent claim of the same key waits on the row's lock
     * until the first commits (then finds its answer) or rolls back (then claims it itself).
     */
    public Claim claim(String user, String key, String fingerprint) {
        Instant now = clock.instant();
        em.createNativeQuery("delete from idempotent_request where expires_at < ?1")
                .setParameter(1, Timestamp.from(now)).executeUpdate();
        int inserted = em.createNativeQuery("insert into idempotent_request (user_login, key, fingerprint, created_at, "
                        + "expires_at) values (?1, ?2, ?3, ?4, ?5) on conflict do nothing")
                .setParameter(1, user).setParameter(2, key).setParameter(3, fingerprint)
                .setParameter(4, Timestamp.from(now)).setParameter(5, Timestamp.from(now.plus(Duration.ofHours(hours))))
                .executeUpdate();
        if (inserted == 1) {
            return new Claim(true, fingerprint, null);
        }
        Optional<Row> row = Row.first(em.createNativeQuery("select fingerprint, status, location, content_type, body "
                        + "from idempotent_request where user_login = ?1 and key = ?2")
                .setParameter(1, user).setParameter(2, key));
        if (row.isEmpty()) {
            // expired and removed by another request between our insert and select: a rare race, claim anew
            return claim(user, key, fingerprint);
        }
        Row r = row.get();
        Answer answer = r.isNull("status") ? null
                : new Answer(r.intValue("status"), r.string("location"), r.string("content_type"), (byte[]) r.value("body"));
        return new Claim(false, r.string("fingerprint").trim(), answer);
    }

    /** Keeps the answer to a claimed key, in the work's transaction. */
    public void answer(String user, String key, Answer answer) {
        em.createNativeQuery("update idempotent_request set status = ?1, location = ?2, content_type = ?3, body = ?4 "
                        + "where user_login = ?5 and key = ?6")
                .setParameter(1, answer.status()).setParameter(2, answer.location())
                .setParameter(3, answer.contentType()).setParameter(4, answer.body())
                .setParameter(5, user).setParameter(6, key).executeUpdate();
    }
}
