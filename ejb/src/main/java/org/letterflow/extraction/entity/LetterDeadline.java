package org.letterflow.extraction.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A due date kept for a letter: confirmed by the clerk from what extraction proposed, or entered
 * by hand; {@code said} is the letter's sentence that imposes it.
 */
@Entity
@Table(name = "letter_deadline")
public class LetterDeadline {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "letter_id", nullable = false)
    private long letterId;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    private String said;

    private String relative;

    private boolean extracted;

    @Column(name = "added_by", nullable = false)
    private String addedBy;

    @Column(name = "source_file")
    private String sourceFile;

    @Column(name = "source_page")
    private Integer sourcePage;

    @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    protected LetterDeadline() {
    }

    public LetterDeadline(long letterId, LocalDate dueOn, String said, String relative, boolean extracted, String addedBy,
                          Instant addedAt) {
        this.letterId = letterId;
        this.dueOn = dueOn;
        this.said = said;
        this.relative = relative;
        this.extracted = extracted;
        this.addedBy = addedBy;
        this.addedAt = addedAt;
    }

    /** A due date taken from an attachment: it keeps where it was found. */
    public static LetterDeadline fromAttachment(long letterId, SourcedDeadline found, String addedBy, Instant addedAt) {
        return new LetterDeadline(letterId, found.date(), found.sentence(), null, true, addedBy, addedAt).foundIn(found.source());
    }

    /** Where it was found: an attachment, or null for the letter's own text. */
    public LetterDeadline foundIn(DeadlineSource source) {
        this.sourceFile = source == null ? null : source.file();
        this.sourcePage = source == null ? null : source.page();
        return this;
    }

    /** Where it was found, or null for the letter's own text and dates entered by hand. */
    public DeadlineSource getSource() {
        return sourceFile == null ? null : new DeadlineSource(sourceFile, sourcePage);
    }

    public Long getId() {
        return id;
    }

    public long getLetterId() {
        return letterId;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public String getSaid() {
        return said;
    }

    public String getRelative() {
        return relative;
    }

    public boolean isExtracted() {
        return extracted;
    }

    public String getAddedBy() {
        return addedBy;
    }

    public Instant getAddedAt() {
        return addedAt;
    }
}
