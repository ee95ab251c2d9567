package org.letterflow.registration.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** One thing done to a letter: who, when, what. Appended, never changed (a trigger refuses). */
@Entity
@Table(name = "audit_event")
@NamedQuery(name = AuditEvent.OF_LETTER, query = "select e from AuditEvent e where e.letterId = :letter order by e.at, e.id")
public class AuditEvent {

    public static final String OF_LETTER = "AuditEvent.ofLetter";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private Instant at;

    @Column(nullable = false, updatable = false)
    private String actor;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private long organisationId;

    @Column(name = "letter_id", updatable = false)
    private Long letterId;

    @Column(nullable = false, updatable = false)
    private String action;

    @Column(updatable = false)
    private String details;

    protected AuditEvent() {
    }

    public AuditEvent(Instant at, String actor, long organisationId, Long letterId, String action, String details) {
        this.at = at;
        this.actor = actor;
        this.organisationId = organisationId;
        this.letterId = letterId;
        this.action = action;
        this.details = details;
    }

    public Long getId() {
        return id;
    }

    public Instant getAt() {
        return at;
    }

    public String getActor() {
        return actor;
    }

    public Long getLetterId() {
        return letterId;
    }

    public String getAction() {
        return action;
    }

    public String getDetails() {
        return details;
    }
}
