package org.letterflow.forwarding.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.function.LongPredicate;
import org.letterflow.organisation.entity.Organisation;
import org.letterflow.platform.BusinessException;
import org.letterflow.platform.Text;
import org.letterflow.registration.entity.Letter;

/**
 * One letter delivered to one organisation, and what the recipient did with it. Deliveries are
 * written in batches by SQL ({@code DeliveryBatch}); the entity carries the recipient's actions.
 */
@Entity
@Table(name = "delivery")
public class Delivery {

    @Id
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "letter_id", insertable = false, updatable = false)
    private Letter letter;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "recipient_id", insertable = false, updatable = false)
    private Organisation recipient;

    @Column(name = "parent_id", insertable = false, updatable = false)
    private Long parentId;

    @Column(name = "root_letter_id", insertable = false, updatable = false)
    private Long rootLetterId;

    @Enumerated(EnumType.STRING)
    private DeliveryState state;

    @Column(name = "delivered_at", insertable = false, updatable = false)
    private Instant deliveredAt;

    @Column(name = "due_on", insertable = false, updatable = false)
    private LocalDate dueOn;

    @Column(name = "registered_letter_id")
    private Long registeredLetterId;

    @Column(name = "registered_at")
    private Instant registeredAt;

    @Column(name = "acknowledged_at")
    private Instant acknowledgedAt;

    @Column(name = "executed_at")
    private Instant executedAt;

    @Column(name = "returned_at")
    private Instant returnedAt;

    @Column(name = "return_reason")
    private String returnReason;

    @Column(name = "acted_by")
    private String actedBy;

    @Version
    private long version;

    protected Delivery() {
    }

    /**
     * Whether a user of the recipient organisation may see this delivery at all. An open letter's
     * delivery is the organisation's. A restricted (ДСП) one is seen by the recipient's clerks,
     * who register it, until it is registered; from then on only by those who may read the
     * registered copy, so the delivery never shows more than the journal does.
     *
     * @param clerk        whether the user is a clerk of the recipient
     * @param readsLetter  whether the user may read the letter with the given id (asked only when needed)
     */
    public boolean visibleTo(boolean clerk, LongPredicate readsLetter) {
        return visible(letter.isRestricted(), registeredLetterId, clerk, readsLetter);
    }

    static boolean visible(boolean restricted, Long registeredLetterId, boolean clerk, LongPredicate readsLetter) {
        if (!restricted) {
            return true;
        }
        return registeredLetterId == null ? clerk : readsLetter.test(registeredLetterId);
    }

    /** The recipient entered it in its journal as its own incoming letter. */
    public void registered(long incomingLetterId, Instant at, String actor) {
        checkRegistrable();
        this.registeredLetterId = incomingLetterId;
        this.registeredAt = at;
        act(DeliveryState.REGISTERED, actor);
    }

    /** Only a letter still waiting in the inbox is registered. */
    public void checkRegistrable() {
        if (state != DeliveryState.DELIVERED) {
            throw BusinessException.conflict(state == DeliveryState.RETURNED
                    ? Text.DELIVERY_RETURNED_NOT_REGISTRABLE : Text.DELIVERY_ALREADY_REGISTERED);
        }
    }

    public void acknowledged(Instant at, String actor) {
        if (state != DeliveryState.REGISTERED) {
            throw BusinessException.conflict(switch (state) {
                case DELIVERED -> Text.DELIVERY_REGISTER_FIRST;
                case RETURNED -> Text.DELIVERY_RETURNED;
                default -> Text.DELIVERY_ALREADY_ACKNOWLEDGED;
            });
        }
        this.acknowledgedAt = at;
        act(DeliveryState.ACKNOWLEDGED, actor);
    }

    public void executed(Instant at, String actor) {
        if (state != DeliveryState.REGISTERED && state != DeliveryState.ACKNOWLEDGED) {
            throw BusinessException.conflict(switch (state) {
                case DELIVERED -> Text.DELIVERY_REGISTER_FIRST;
                case RETURNED -> Text.DELIVERY_RETURNED;
                default -> Text.DELIVERY_ALREADY_EXECUTED;
            });
        }
        this.executedAt = at;
        act(DeliveryState.EXECUTED, actor);
    }

    /** Sent back unregistered: a registered letter is the recipient's and is not returned. */
    public void returned(String reason, Instant at, String actor) {
        if (reason == null || reason.isBlank()) {
            throw BusinessException.invalid("reason", Text.DELIVERY_RETURN_REASON_MISSING);
        }
        if (state != DeliveryState.DELIVERED) {
            throw BusinessException.conflict(state == DeliveryState.RETURNED
                    ? Text.DELIVERY_ALREADY_RETURNED : Text.DELIVERY_REGISTERED_NOT_RETURNED);
        }
        this.returnReason = reason.strip();
        this.returnedAt = at;
        act(DeliveryState.RETURNED, actor);
    }

    private void act(DeliveryState next, String actor) {
        this.state = next;
        this.actedBy = actor;
    }

    public Long getId() {
        return id;
    }

    public Letter getLetter() {
        return letter;
    }

    /** The short name of the organisation that sent the letter, as its recipient is told. */
    public String getSenderName() {
        return letter.getOrganisation().getShortName();
    }

    public Organisation getRecipient() {
        return recipient;
    }

    public Long getParentId() {
        return parentId;
    }

    public Long getRootLetterId() {
        return rootLetterId;
    }

    public DeliveryState getState() {
        return state;
    }

    public Instant getDeliveredAt() {
        return deliveredAt;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public Long getRegisteredLetterId() {
        return registeredLetterId;
    }

    public Instant getRegisteredAt() {
        return registeredAt;
    }

    public Instant getAcknowledgedAt() {
        return acknowledgedAt;
    }

    public Instant getExecutedAt() {
        return executedAt;
    }

    public Instant getReturnedAt() {
        return returnedAt;
    }

    public String getReturnReason() {
        return returnReason;
    }

    public String getActedBy() {
        return actedBy;
    }
}
