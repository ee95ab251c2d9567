package org.letterflow.forwarding.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.letterflow.platform.Text;

/**
 * Runs sending jobs in the background, batch after batch, each batch its own transaction, so no
 * transaction stays open for the minutes a country-wide sending may take. A job starts when the
 * request that wrote it commits.
 *
 * <p>Instances of a cluster share the jobs. A job is worked by one instance at a time, the holder
 * of its lease in the database (see {@link DeliveryBatch}); every few seconds each instance looks
 * for jobs whose lease ran out — their instance died, or the application was stopped — and takes
 * them over from their cursor. A lease in PostgreSQL rather than a cluster singleton in the data
 * grid: the job, its cursor and its lease are one row, renewed in the very transaction that writes
 * a batch, so no split of the grid can let two instances write the same job, and a single instance
 * without a grid resumes its own jobs after a crash the same way.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class DeliveryJobs {

    private static final Logger LOG = Logger.getLogger(DeliveryJobs.class.getName());

    @Resource
    ManagedExecutorService executor;

    @Inject
    DeliveryBatch batch;

    /** Recipients per transaction: large enough to be fast, small enough to be short. */
    @Inject
    @ConfigProperty(name = "letterflow.delivery.batch", defaultValue = "5000")
    int batchSize;

    /** How long a job stays with its instance without a batch: the longest wait before a takeover. */
    @Inject
    @ConfigProperty(name = "letterflow.delivery.lease", defaultValue = "30")
    int leaseSeconds;

    /** This instance as a lease holder: unique per start, so a restarted instance is a new holder. */
    private final String worker = "instance-" + UUID.randomUUID();

    /** The jobs this instance works on now, so the periodic look does not start one twice. */
    private final Set<Long> working = ConcurrentHashMap.newKeySet();

    private volatile boolean stopping;

    @PostConstruct
    void resume() {
        takeOverAbandoned();
    }

    /** Every five seconds, on every instance: the jobs whose instance is gone. */
    @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false)
    void takeOverAbandoned() {
        if (stopping) {
            return;
        }
        for (long job : batch.abandoned(leaseSeconds)) {
            if (start(job)) {
                LOG.info(() -> "Sending job " + job + " was interrupted; it goes on from where it stopped");
            }
        }
    }

    public void requested(@Observes(during = TransactionPhase.AFTER_SUCCESS) SendingRequested event) {
        start(event.jobId());
    }

    @PreDestroy
    void stop() {
        stopping = true;
        try {
            batch.release(worker);
        } catch (RuntimeException e) {
            LOG.log(Level.INFO, "Could not hand back the sending jobs; their leases run out by themselves", e);
        }
    }

    private boolean start(long job) {
        if (!working.add(job)) {
            return false;
        }
        try {
            executor.execute(() -> run(job));
            return true;
        } catch (RuntimeException e) {
            working.remove(job);
            throw e;
        }
    }

    private void run(long job) {
        try {
            while (!stopping && batch.next(job, Math.max(1, batchSize), worker, Math.max(5, leaseSeconds))) {
                // each call commits one batch, moves the job's cursor and renews this instance's lease
            }
        } catch (RuntimeException e) {
            if (!stopping) {
                LOG.log(Level.WARNING, "Sending job " + job + " failed", e);
                batch.fail(job, Text.SENDING_STOPPED.format());
            }
        } finally {
            working.remove(job);
        }
    }
}
