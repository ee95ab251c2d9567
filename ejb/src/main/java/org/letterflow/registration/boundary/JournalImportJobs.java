package org.letterflow.registration.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.letterflow.platform.BusinessException;
import org.letterflow.platform.Text;
import org.letterflow.registration.control.BulkImport;
import org.letterflow.registration.control.ImportFiles;
import org.letterflow.registration.entity.JournalImport;

/**
 * Runs queued imports on the server's managed threads (Jakarta Concurrency), so a million rows
 * take one of its threads and no request's: the page and the API ask for the progress meanwhile.
 */
@ApplicationScoped
public class JournalImportJobs {

    private static final Logger LOG = Logger.getLogger(JournalImportJobs.class.getName());

    @Resource
    ManagedExecutorService executor;

    @Inject
    JournalImportJob job;

    /** Starts a queued import; call after the transaction that queued it has committed. */
    public void start(JournalImport queued) {
        long id = queued.getId();
        String stored = queued.getStoredPath();
        executor.execute(() -> run(id, stored));
    }

    private void run(long id, String stored) {
        long started = System.nanoTime();
        try {
            BulkImport.Outcome outcome = job.importRows(id, (step, rows, bytes) -> job.progress(id, step, rows, bytes));
            job.finish(id, outcome);
            LOG.info(() -> "Import " + id + (outcome.rejected() ? " refused: " + outcome.problemCount() + " bad rows of "
                    : ": " + outcome.imported() + " letters of ") + outcome.rows() + " rows in "
                    + (System.nanoTime() - started) / 1_000_000 + " ms");
        } catch (BusinessException e) {
            job.fail(id, e.getMessage());
        } catch (Exception e) {
            LOG.log(Level.WARNING, "Import " + id + " failed", e);
            job.fail(id, Text.IMPORT_FAILED.format(rootMessage(e)));
        } finally {
            ImportFiles.delete(Path.of(stored));
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
