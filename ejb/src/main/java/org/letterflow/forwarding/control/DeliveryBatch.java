package org.letterflow.forwarding.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * One batch of a sending, in its own short transaction: the next recipients after the job's
 * cursor get their delivery and the cursor moves past them, atomically. A crash loses at most the
 * batch in flight, which is rolled back and done again; the unique (letter, recipient) makes a
 * delivery that did commit impossible to write twice.
 *
 * <p>Several instances share the database; a job is worked by the instance holding its lease
 * (owner and expiry on the job row). Each batch renews it. A batch is only written by the lease's
 * holder, or by anyone once the lease ran out — the holder died or stalls — which is how a live
 * instance takes the job over. A stalled holder that wakes up finds the lease gone and stops.
 */
@Stateless
public class DeliveryBatch {

    @PersistenceContext
    EntityManager em;

    /**
     * Delivers the next batch for the lease's holder ({@code worker}) and renews the lease; false
     * when the job is done, failed, or in another worker's hands.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean next(long jobId, int size, String worker, int leaseSeconds) {
        List<?> state = em.createNativeQuery("""
                        with job as (
                            select * from delivery_job
                             where id = ?1 and state = 'RUNNING'
                               and (lease_owner = ?3 or lease_until is null or lease_until < clock_timestamp())
                               for update skip locked
                        ), batch as (
                            select r.recipient_id, o.kind from delivery_job_recipient r
                              join job j on r.job_id = j.id
                              join organisation o on o.id = r.recipient_id
                             where r.position > j.done and r.position <= j.done + ?2
                        ), inserted as (
                            insert into delivery (letter_id, recipient_id, recipient_kind, parent_id, root_letter_id,
                                                  ancestors, state, delivered_at, due_on, job_id)
                            select j.letter_id, b.recipient_id, b.kind, j.parent_id, j.root_letter_id, j.ancestors,
                                   'DELIVERED', clock_timestamp(), j.due_on, j.id
                              from batch b cross join job j
                            on conflict (letter_id, recipient_id) do nothing
                            returning 1
                        )
                        update delivery_job d
                           set done = least(j.total, j.done + ?2),
                               delivered = j.delivered + (select count(*) from inserted),
                               state = case when j.done + ?2 >= j.total then 'DONE' else 'RUNNING' end,
                               finished_at = case when j.done + ?2 >= j.total then clock_timestamp() end,
                               version = j.version + 1,
                               lease_owner = ?3,
                               lease_until = clock_timestamp() + make_interval(secs => ?4)
                          from job j
                         where d.id = j.id
                        returning d.state""")
                .setParameter(1, jobId).setParameter(2, size).setParameter(3, worker).setParameter(4, leaseSeconds)
                .getResultList();
        return !state.isEmpty() && "RUNNING".equals(state.get(0));
    }

    /** A batch that cannot be written (an organisation removed meanwhile, say) stops the job with the reason. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void fail(long jobId, String problem) {
        em.createNativeQuery("update delivery_job set state = 'FAILED', problem = ?2, finished_at = clock_timestamp(),"
                        + " version = version + 1 where id = ?1 and state = 'RUNNING'")
                .setParameter(1, jobId).setParameter(2, problem).executeUpdate();
    }

    /**
     * The running jobs nobody works on: their lease ran out (its instance died or was stopped), or
     * they never got one in a lease's time (the instance that accepted them died before starting).
     */
    public List<Long> abandoned(int leaseSeconds) {
        return em.createNativeQuery("""
                        select id from delivery_job
                         where state = 'RUNNING'
                           and (lease_until < clock_timestamp()
                                or (lease_until is null and created_at < clock_timestamp() - make_interval(secs => ?1)))
                         order by id""")
                .setParameter(1, leaseSeconds).getResultList()
                .stream().map(id -> ((Number) id).longValue()).toList();
    }

    /** A stopping instance hands its jobs back at once instead of letting their leases run out. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void release(String worker) {
        em.createNativeQuery("update delivery_job set lease_until = clock_timestamp() where lease_owner = ?1"
                        + " and state = 'RUNNING'")
                .setParameter(1, worker).executeUpdate();
    }
}
