package org.letterflow.registration.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import org.letterflow.platform.BusinessException;
import org.letterflow.platform.Text;

/**
 * An old journal's file being imported into a journal: uploaded, its columns mapped, then read,
 * checked and written by a background job. All or nothing: a file with a bad row is rejected
 * whole, with the rows and reasons listed, and stores no letter.
 */
@Entity
@Table(name = "journal_import")
public class JournalImport {

    /** Where an import is. The job's steps in order, then how it ended. */
    public enum State {
        UPLOADED, QUEUED, READING, CHECKING, WRITING, DONE, REJECTED, FAILED;

        public boolean finished() {
            return this == DONE || this == REJECTED || this == FAILED;
        }

        public boolean running() {
            return this == QUEUED || this == READING || this == CHECKING || this == WRITING;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "journal_id", nullable = false)
    private long journalId;

    @Column(name = "organisation_id", nullable = false)
    private long organisationId;

    @Column(name = "file_name", nullable = false)
    private String fileName;

    @Column(name = "stored_path")
    private String storedPath;

    @Column(name = "file_size", nullable = false)
    private long fileSize;

    private String mapping;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private State state = State.UPLOADED;

    @Column(name = "rows_read")
    private long rowsRead;

    @Column(name = "bytes_read")
    private long bytesRead;

    private long imported;

    @Column(name = "problem_count")
    private long problemCount;

    private String failure;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Version
    private long version;

    protected JournalImport() {
    }

    public JournalImport(RegistrationJournal journal, String fileName, String storedPath, long fileSize,
                         String createdBy, Instant createdAt) {
        this.journalId = journal.getId();
        this.organisationId = journal.getOrganisation().getId();
        this.fileName = Objects.requireNonNull(fileName);
        this.storedPath = storedPath;
        this.fileSize = fileSize;
        this.createdBy = Objects.requireNonNull(createdBy);
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    /** The administrator confirmed the mapping: the job may start. Once only. */
    public void queue(ImportMapping confirmed) {
        if (state != State.UPLOADED) {
            throw BusinessException.conflict(state.running() ? Text.IMPORT_RUNNING : Text.IMPORT_FILE_DONE);
        }
        this.mapping = confirmed.encode();
        this.state = State.QUEUED;
    }

    /** Whether a mapping may still be tried on the file (preview). */
    public void requireUploaded() {
        if (state != State.UPLOADED || storedPath == null) {
            throw BusinessException.conflict(Text.IMPORT_FILE_DONE);
        }
    }

    public void progress(State step, long rows, long bytes) {
        if (!state.finished()) {
            this.state = step;
            this.rowsRead = rows;
            this.bytesRead = bytes;
        }
    }

    public void done(long letters, long rows, Instant at) {
        finish(State.DONE, at);
        this.imported = letters;
        this.rowsRead = rows;
        this.bytesRead = fileSize;
    }

    public void rejected(long problems, long rows, Instant at) {
        finish(State.REJECTED, at);
        this.problemCount = problems;
        this.rowsRead = rows;
    }

    public void failed(String why, Instant at) {
        finish(State.FAILED, at);
        this.failure = why == null ? Text.IMPORT_FAILED_UNKNOWN.format() : why.length() > 1000 ? why.substring(0, 1000) : why;
    }

    private void finish(State end, Instant at) {
        this.state = end;
        this.finishedAt = at;
        this.storedPath = null;
    }

    public Long getId() {
        return id;
    }

    public long getJournalId() {
        return journalId;
    }

    public long getOrganisationId() {
        return organisationId;
    }

    public String getFileName() {
        return fileName;
    }

    public String getStoredPath() {
        return storedPath;
    }

    public long getFileSize() {
        return fileSize;
    }

    public ImportMapping getMapping() {
        return mapping == null ? null : ImportMapping.decode(mapping);
    }

    public State getState() {
        return state;
    }

    public long getRowsRead() {
        return rowsRead;
    }

    public long getBytesRead() {
        return bytesRead;
    }

    public long getImported() {
        return imported;
    }

    public long getProblemCount() {
        return problemCount;
    }

    public String getFailure() {
        return failure;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    /** How far the job is, 0–100: the reading by bytes of the file, the checks and the writing after it. */
    public int percent() {
        return switch (state) {
            case UPLOADED, QUEUED -> 0;
            case READING -> fileSize <= 0 ? 0 : (int) Math.min(80, bytesRead * 80 / Math.max(1, fileSize));
            case CHECKING -> 82;
            case WRITING -> 88;
            case DONE, REJECTED, FAILED -> 100;
        };
    }
}
