package org.letterflow.registration.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import javax.sql.DataSource;
import org.letterflow.organisation.entity.Organisation;
import org.letterflow.platform.SchemaMigration;
import org.letterflow.registration.control.BulkImport;
import org.letterflow.registration.control.JournalFile;
import org.letterflow.registration.entity.JournalImport;
import org.letterflow.registration.entity.RegistrationJournal;

/**
 * The transactions of an import job: the import itself (one transaction: all rows or none), and
 * the short ones that tell how far it is and how it ended, which must outlive a rolled-back import.
 * Called by {@link JournalImportJobs} on a managed thread, on behalf of the administrator who
 * queued the import.
 */
@Stateless
@PermitAll
public class JournalImportJob {

    @PersistenceContext
    EntityManager em;

    @Resource(lookup = SchemaMigration.DATASOURCE)
    DataSource dataSource;

    @Resource
    SessionContext context;

    @Inject
    Clock clock;

    /** Reads, checks and writes the rows; a refused file rolls the transaction back and says why. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public BulkImport.Outcome importRows(long importId, BulkImport.Progress progress) throws SQLException, IOException {
        JournalImport job = em.find(JournalImport.class, importId);
        RegistrationJournal journal = em.find(RegistrationJournal.class, job.getJournalId());
        Organisation organisation = journal.getOrganisation();
        LocalDate today = organisation.today(clock);
        BulkImport.Target target = new BulkImport.Target(importId, journal.getId(), organisation.getId(),
                journal.getDirection(), journal.getTemplate().numberPattern(), job.getCreatedBy(), clock.instant());
        JournalFile file = JournalFile.of(Path.of(job.getStoredPath()));
        try (Connection connection = dataSource.getConnection()) {
            BulkImport.Outcome outcome = BulkImport.run(connection, target, file, job.getMapping(), job.getFileSize(),
                    today, progress);
            if (outcome.rejected()) {
                context.setRollbackOnly();
            }
            return outcome;
        } catch (SQLException | IOException | RuntimeException e) {
            context.setRollbackOnly(); // a checked exception would otherwise commit what the statement did so far
            throw e;
        }
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void progress(long importId, JournalImport.State step, long rows, long bytes) {
        em.find(JournalImport.class, importId).progress(step, rows, bytes);
    }

    /** How the import ended: done, or refused with the rows and reasons kept for the list. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void finish(long importId, BulkImport.Outcome outcome) {
        JournalImport job = em.find(JournalImport.class, importId);
        if (outcome.rejected()) {
            for (BulkImport.Problem problem : outcome.problems()) {
                em.createNativeQuery("insert into journal_import_problem (import_id, row_number, reason) values (?1, ?2, ?3)")
                        .setParameter(1, importId).setParameter(2, problem.row())
                        .setParameter(3, problem.reason().length() > 1000 ? problem.reason().substring(0, 1000)
                                : problem.reason())
                        .executeUpdate();
            }
            job.rejected(outcome.problemCount(), outcome.rows(), clock.instant());
        } else {
            job.done(outcome.imported(), outcome.rows(), clock.instant());
        }
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void fail(long importId, String why) {
        em.find(JournalImport.class, importId).failed(why, clock.instant());
    }
}
