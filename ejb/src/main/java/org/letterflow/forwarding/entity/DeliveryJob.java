package org.letterflow.forwarding.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A sending to many recipients in progress or done: how many there are, how many are through,
 * and how many of those got a new delivery (the rest had the letter already). Written by SQL,
 * batch by batch (see {@code DeliveryBatch}); read here.
 */
@Entity
@Table(name = "delivery_job")
public class DeliveryJob {

    public enum State { RUNNING, DONE, FAILED }

    @Id
    private Long id;

    @Column(name = "letter_id")
    private long letterId;

    @Column(name = "organisation_id")
    private long organisationId;

    @Column(name = "requested_by")
    private String requestedBy;

    @Enumerated(EnumType.STRING)
    private State state;

    private int total;
    private int done;
    private int delivered;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    private String problem;

    protected DeliveryJob() {
    }

    public Long getId() {
        return id;
    }

    public long getLetterId() {
        return letterId;
    }

    public long getOrganisationId() {
        return organisationId;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public State getState() {
        return state;
    }

    public int getTotal() {
        return total;
    }

    public int getDone() {
        return done;
    }

    public int getDelivered() {
        return delivered;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public String getProblem() {
        return problem;
    }

    /** Share through, 0–100, for a progress bar. */
    public int getPercent() {
        return total == 0 ? 100 : (int) (100L * done / total);
    }
}
