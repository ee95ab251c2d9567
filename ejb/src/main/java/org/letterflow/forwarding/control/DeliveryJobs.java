package org.letterflow.forwarding.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs sending jobs in the background, batch after batch, each batch its own transaction, so no
 * transaction stays open for the minutes a country-wide sending may take. A job starts when the
 * request that wrote it commits; jobs a crash interrupted go on when the application starts again.
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

    @PostConstruct
    void resume() {
        for (long job : batch.unfinished()) {
            LOG.info(() -> "Sending job " + job + " was interrupted; it goes on from where it stopped");
            start(job);
        }
    }

    public void requested(@Observes(during = TransactionPhase.AFTER_SUCCESS) SendingRequested event) {
        start(event.jobId());
    }

    private void start(long job) {
        executor.execute(() -> run(job));
    }

    private void run(long job) {
        try {
            while (batch.next(job, Math.max(1, batchSize))) {
                // each call commits one batch and moves the job's cursor
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Sending job " + job + " failed", e);
            batch.fail(job, "Рассылка остановлена из-за сбоя; доставленное сохранено. Сообщите администратору");
        }
    }
}
