package org.letterflow.extraction.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** One field extraction proposed on a registration card, and what the clerk kept in it. */
@Entity
@Table(name = "extraction_review")
public class ExtractionReview {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organisation_id", nullable = false)
    private long organisationId;

    @Column(name = "letter_id", nullable = false)
    private long letterId;

    @Column(nullable = false)
    private String field;

    private String proposed;

    private String kept;

    private Double confidence;

    @Column(name = "reviewed_by", nullable = false)
    private String reviewedBy;

    @Column(name = "reviewed_at", nullable = false)
    private Instant reviewedAt;

    protected ExtractionReview() {
    }

    public ExtractionReview(long organisationId, long letterId, String field, String proposed, String kept,
                            Double confidence, String reviewedBy, Instant reviewedAt) {
        this.organisationId = organisationId;
        this.letterId = letterId;
        this.field = field;
        this.proposed = proposed;
        this.kept = kept;
        this.confidence = confidence;
        this.reviewedBy = reviewedBy;
        this.reviewedAt = reviewedAt;
    }

    /** Whether the clerk kept what was proposed (spaces aside). */
    public boolean accepted() {
        return Objects.equals(normal(proposed), normal(kept));
    }

    private static String normal(String s) {
        return s == null || s.isBlank() ? null : s.strip().replaceAll("\\s+", " ");
    }

    public String getField() {
        return field;
    }

    public String getProposed() {
        return proposed;
    }

    public String getKept() {
        return kept;
    }

    public Double getConfidence() {
        return confidence;
    }
}
