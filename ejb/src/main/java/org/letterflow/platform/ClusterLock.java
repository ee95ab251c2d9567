package org.letterflow.platform;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Work that must happen once although every instance of a cluster is told to do it (an hourly
 * timer fires on each; each instance starts up with the demo data to load). PostgreSQL's
 * transaction-scoped advisory locks serialise it: the lock is the database's, so it holds across
 * instances, and it is let go when the transaction ends — also when the instance holding it dies
 * and its connection drops — so nothing is ever left locked.
 */
@Dependent
public class ClusterLock {

    /** Keys of the advisory locks: one number per kind of once-only work. */
    public enum Work {
        REMINDERS(0x4c46_0001L), DEMO_DATA(0x4c46_0002L);

        final long key;

        Work(long key) {
            this.key = key;
        }
    }

    @PersistenceContext
    EntityManager em;

    /** Takes the lock for the current transaction if no other instance holds it; false if one does. */
    public boolean tryHold(Work work) {
        return Boolean.TRUE.equals(em.createNativeQuery("select pg_try_advisory_xact_lock(?1)")
                .setParameter(1, work.key).getSingleResult());
    }

    /** Waits for the lock, then holds it for the current transaction. */
    public void hold(Work work) {
        em.createNativeQuery("select cast(pg_advisory_xact_lock(?1) as text)").setParameter(1, work.key).getSingleResult();
    }
}
