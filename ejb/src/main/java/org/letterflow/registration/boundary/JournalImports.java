package org.letterflow.registration.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.letterflow.organisation.control.CurrentUser;
import org.letterflow.platform.Row;
import org.letterflow.platform.BusinessException;
import org.letterflow.platform.Text;
import org.letterflow.registration.control.BulkImport;
import org.letterflow.registration.control.ImportFiles;
import org.letterflow.registration.control.JournalAccess;
import org.letterflow.registration.control.JournalFile;
import org.letterflow.registration.entity.ImportField;
import org.letterflow.registration.entity.ImportMapping;
import org.letterflow.registration.entity.ImportedRow;
import org.letterflow.registration.entity.JournalImport;
import org.letterflow.registration.entity.RegistrationJournal;

/**
 * An administrator imports an old journal (XLSX or CSV) into one of the organisation's journals:
 * upload, map the columns, preview, start; the job ({@link JournalImportJobs}) does the rest in
 * the background. All or nothing: a file with any refused row stores no letter.
 */
@Stateless
@RolesAllowed("ADMIN")
public class JournalImports {

    private static final Logger LOG = Logger.getLogger(JournalImports.class.getName());
    static final int PREVIEW_ROWS = 10;

    /** An uploaded file: the import, its columns and first rows as they are. */
    public record Uploaded(JournalImport job, JournalFile.Sample sample) {
    }

    /** One row as it would be stored (field → value; dates as dd.MM.yyyy), or why it would be refused. */
    public record PreviewRow(long row, Map<ImportField, String> values, List<String> problems) {
    }

    /** The first rows as they would be stored. */
    public record Preview(List<String> columns, List<PreviewRow> rows) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser caller;

    @Inject
    Clock clock;

    @Inject
    ImportFiles files;

    @Inject
    JournalAccess journals;

    /** Keeps the file (streamed to disk, never held in memory) and shows its first rows for the mapping. */
    public Uploaded upload(long journalId, String fileName, InputStream content) {
        RegistrationJournal journal = journals.own(journalId);
        Path stored = files.store(content);
        try {
            JournalFile file = JournalFile.of(stored);
            JournalFile.Sample sample = file.sample(defaults(), PREVIEW_ROWS + 1);
            if (sample.rows().isEmpty()) {
                throw BusinessException.invalid("file", Text.IMPORT_FILE_NO_ROWS);
            }
            String name = fileName == null || fileName.isBlank() ? Text.JOURNAL_UPLOAD_UNNAMED.format() : fileName;
            JournalImport job = new JournalImport(journal, name, stored.toString(), Files.size(stored),
                    caller.get().getLogin(), clock.instant());
            em.persist(job);
            em.flush();
            LOG.info(() -> "Journal " + journalId + ": import " + job.getId() + " of " + job.getFileName() + " ("
                    + job.getFileSize() + " bytes, " + file.kind() + ") uploaded by " + job.getCreatedBy());
            return new Uploaded(job, sample);
        } catch (IOException | RuntimeException e) {
            ImportFiles.delete(stored);
            if (e instanceof IOException io) {
                throw new UncheckedIOException(io);
            }
            throw (RuntimeException) e;
        }
    }

    /** The first rows of the file under a mapping: what would be stored, and which of them would be refused. */
    public Preview preview(long journalId, long importId, ImportMapping mapping) {
        JournalImport job = find(journalId, importId);
        job.requireUploaded();
        ImportMapping checked = checked(job, mapping);
        LocalDate today = today();
        List<PreviewRow> rows = new ArrayList<>();
        try {
            JournalFile file = JournalFile.of(ImportFiles.stored(job));
            JournalFile.Sample sample = file.sample(checked, PREVIEW_ROWS + (checked.header() ? 1 : 0));
            long skip = checked.header() ? 1 : 0;
            file.read(checked, (number, cells) -> {
                if (number <= skip || ImportedRow.blank(cells)) {
                    return true;
                }
                ImportedRow row = ImportedRow.read(number, cells, checked, today);
                Map<ImportField, String> values = new EnumMap<>(ImportField.class);
                for (ImportField field : ImportField.values()) {
                    if (checked.column(field).isPresent()) {
                        values.put(field, field.isDate()
                                ? java.util.Optional.ofNullable(row.date(field))
                                        .map(d -> d.format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")))
                                        .orElse(null)
                                : row.text(field));
                    }
                }
                rows.add(new PreviewRow(number, values, row.problems()));
                return rows.size() < PREVIEW_ROWS;
            });
            return new Preview(sample.columns(), rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The mapping confirmed: the job is queued (the caller then hands it to {@link JournalImportJobs#start}). */
    public JournalImport queue(long journalId, long importId, ImportMapping mapping) {
        JournalImport job = find(journalId, importId);
        job.requireUploaded();
        job.queue(checked(job, mapping));
        LOG.info(() -> "Journal " + journalId + ": import " + importId + " queued by " + caller.get().getLogin()
                + " with " + mapping.encode());
        return job;
    }

    /** An import of the caller's journal; any other is "not found". */
    public JournalImport find(long journalId, long importId) {
        journals.own(journalId);
        JournalImport job = em.find(JournalImport.class, importId);
        if (job == null || job.getJournalId() != journalId) {
            throw BusinessException.notFound(Text.IMPORT_NOT_FOUND);
        }
        em.refresh(job);
        return job;
    }

    /** The refused rows of an import, by row number (the first {@value BulkImport#PROBLEMS_KEPT}). */
    public List<BulkImport.Problem> problems(long journalId, long importId) {
        find(journalId, importId);
        return Row.all(em.createNativeQuery("""
                        select row_number, reason from journal_import_problem where import_id = ?1
                         order by row_number""").setParameter(1, importId)).stream()
                .map(r -> new BulkImport.Problem(r.longValue("row_number"), r.string("reason"))).toList();
    }

    /** The journal's imports, newest first. */
    public List<JournalImport> of(long journalId) {
        journals.own(journalId);
        return em.createQuery("select i from JournalImport i where i.journalId = :journal order by i.createdAt desc",
                JournalImport.class).setParameter("journal", journalId).setMaxResults(20).getResultList();
    }

    /** A mapping checked against the file: required fields mapped, columns that exist. */
    private ImportMapping checked(JournalImport job, ImportMapping mapping) {
        if (mapping == null) {
            throw BusinessException.invalid("mapping", Text.IMPORT_MAPPING_MISSING);
        }
        int width;
        try {
            width = JournalFile.of(ImportFiles.stored(job)).sample(mapping, PREVIEW_ROWS + 1).columns().size();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> mistakes = mapping.mistakes(width);
        if (!mistakes.isEmpty()) {
            throw BusinessException.invalid("mapping", String.join("; ", mistakes));
        }
        return mapping;
    }

    private LocalDate today() {
        return caller.today();
    }

    private static ImportMapping defaults() {
        return new ImportMapping(Map.of(), true, null, null);
    }
}
