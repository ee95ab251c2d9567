package org.letterflow.registration.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.letterflow.document.FileAnalysis.TextStatus;

/** A file of a letter. Its bytes live once per SHA-256 in file_content, shared by equal files. */
@Entity
@Table(name = "attachment")
public class Attachment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "letter_id")
    private Letter letter;

    @Column(name = "file_name", nullable = false)
    private String fileName;

    @Column(name = "media_type", nullable = false)
    private String mediaType;

    @Column(nullable = false)
    private String sha256;

    private long size;
    private Integer pages;

    @Basic(fetch = FetchType.LAZY)
    private String text;

    @Enumerated(EnumType.STRING)
    @Column(name = "text_status", nullable = false)
    private TextStatus textStatus;

    /**
     * Where each page begins in {@link #text}, as "0,1534,2890" (PDF); null when the file does not
     * mark its pages or was read before pages were kept. Deadlines found in the text name their page by it.
     */
    @Column(name = "page_starts")
    private String pageStarts;

    /** The copy with the receipt stamp on page 1 (incoming PDFs); the original is never changed. */
    @Column(name = "stamped_sha256")
    private String stampedSha256;

    @Column(name = "added_by", nullable = false)
    private String addedBy;

    @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    /** 1, or one more than the file of the same name it replaced on a draft being reworked. */
    private int version = 1;

    /** When a newer version replaced this one; it stays readable. */
    @Column(name = "superseded_at")
    private Instant supersededAt;

    /** The letter's own file (the one it was registered from), not one of its attachments. */
    @Column(name = "letter_file", nullable = false)
    private boolean letterFile;

    protected Attachment() {
    }

    public Attachment(Letter letter, String fileName, String mediaType, String sha256, long size, Integer pages,
                      String text, TextStatus textStatus, String addedBy, Instant addedAt) {
        this.letter = letter;
        this.fileName = fileName;
        this.mediaType = mediaType;
        this.sha256 = sha256;
        this.size = size;
        this.pages = pages;
        this.text = text;
        this.textStatus = textStatus;
        this.addedBy = addedBy;
        this.addedAt = addedAt;
    }

    /** Where its pages begin in its text (see {@link #getPageStarts}); a shared copy keeps the original's. */
    public void pagesBeginAt(List<Integer> starts) {
        this.pageStarts = starts == null || starts.isEmpty() ? null
                : starts.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    /** Where each page begins in the text, first page first; empty when not known. */
    public List<Integer> getPageStarts() {
        if (pageStarts == null || pageStarts.isBlank()) {
            return List.of();
        }
        return Arrays.stream(pageStarts.split(",")).map(String::strip).map(Integer::valueOf).toList();
    }

    /** This file replaces an earlier one of the same name, which is kept as the previous version. */
    public void replaces(Attachment previous, Instant at) {
        this.version = previous.version + 1;
        this.letterFile = this.letterFile || previous.letterFile; // a new version of the letter's own file is still that
        previous.supersededAt = at;
    }

    /**
     * Marks the file as the letter's own (the one the letter was registered from): its dates are the
     * letter's own proposals, so it is not read again among the attachments for their deadlines.
     */
    public void isTheLettersOwnFile() {
        this.letterFile = true;
    }

    public boolean isLetterFile() {
        return letterFile;
    }

    public int getVersion() {
        return version;
    }

    public Instant getSupersededAt() {
        return supersededAt;
    }

    public boolean isSuperseded() {
        return supersededAt != null;
    }

    public void stamped(String stampedHash) {
        this.stampedSha256 = stampedHash;
    }

    public boolean isPdf() {
        return "application/pdf".equals(mediaType);
    }

    public Long getId() {
        return id;
    }

    public Letter getLetter() {
        return letter;
    }

    public String getFileName() {
        return fileName;
    }

    public String getMediaType() {
        return mediaType;
    }

    public String getSha256() {
        return sha256;
    }

    public long getSize() {
        return size;
    }

    public Integer getPages() {
        return pages;
    }

    public String getText() {
        return text;
    }

    public TextStatus getTextStatus() {
        return textStatus;
    }

    public String getStampedSha256() {
        return stampedSha256;
    }

    public String getAddedBy() {
        return addedBy;
    }

    public Instant getAddedAt() {
        return addedAt;
    }
}
