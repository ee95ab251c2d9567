package org.letterflow.registration.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where the clerks of one journal queue for its number: in this instance, a few at a time, rather
 * than all of them in PostgreSQL at the journal's counter row.
 *
 * <p>The number is gap-free, so the counter row stays locked from the statement that takes it to
 * the commit, and clerks of one journal take turns there however many they are. Measured with 32
 * clients on one journal, 43 % of the backends' time went to waiting for that lock, and fewer letters
 * were registered than with 8 (BENCHMARKS.md): each waiter is a backend holding its connection and
 * its snapshot, and the one holding the lock shares the cores with all of them. Letting at most
 * {@code letterflow.registration.per-journal} registrations of a journal write their letter and take
 * the number at once keeps the rest waiting here, cheaply, in arrival order.
 *
 * <p>A turn lasts until the transaction ends (committed or rolled back), since that is when the
 * counter's lock goes. A transaction that registers several letters of one journal (the demo, a
 * delivery registered with its forwarded copy) takes one turn for all of them. A turn not given
 * within a minute is not waited for any longer: the registration goes on and queues at the counter
 * as before, so a transaction that holds a turn and waits for a row another waiter has locked cannot
 * hold this queue up for good.
 */
@ApplicationScoped
public class JournalQueue {

    private static final Logger LOG = Logger.getLogger(JournalQueue.class.getName());
    private static final long PATIENCE_SECONDS = 60;

    @Inject
    @ConfigProperty(name = "letterflow.registration.per-journal", defaultValue = "4")
    int perJournal;

    @Resource
    TransactionSynchronizationRegistry transaction;

    private final Map<Long, Semaphore> journals = new ConcurrentHashMap<>();

    /** Waits for the journal's turn, held until the current transaction ends; at once if it holds it already. */
    public void enter(long journalId) {
        if (perJournal <= 0 || transaction.getTransactionStatus() != Status.STATUS_ACTIVE) {
            return;
        }
        Object key = new Turn(journalId);
        if (transaction.getResource(key) != null) {
            return;
        }
        Semaphore turns = journals.computeIfAbsent(journalId, id -> new Semaphore(perJournal, true));
        boolean given;
        try {
            given = turns.tryAcquire(PATIENCE_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        if (!given) {
            LOG.warning(() -> "No turn of journal " + journalId + " within " + PATIENCE_SECONDS
                    + " s; registering without one");
            return;
        }
        transaction.putResource(key, Boolean.TRUE);
        transaction.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                turns.release();
            }
        });
    }

    /** The key under which a transaction remembers that it holds a journal's turn. */
    private record Turn(long journalId) {
    }
}
