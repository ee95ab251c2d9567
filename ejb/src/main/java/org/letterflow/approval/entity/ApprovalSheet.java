package org.letterflow.approval.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.letterflow.platform.BusinessException;
import org.letterflow.platform.Text;

/**
 * One round of approval of a draft ("Лист согласования"): who started it and when, the route
 * as stages of steps, and the rules of deciding. A stage's approvers act independently; the next
 * stage opens when all of them approved; a rejection ends the round and the draft goes back to
 * its initiator; the signature, always the last stage and alone in it, ends it signed.
 */
@Entity
@Table(name = "approval_sheet")
public class ApprovalSheet {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "letter_id", nullable = false)
    private long letterId;

    private int round;

    @Column(name = "initiator_id")
    private Long initiatorId;

    @Column(nullable = false)
    private String initiator;

    @Column(name = "initiator_position")
    private String initiatorPosition;

    /** Null only on a historical sheet whose document did not print it. */
    @Column(name = "started_at")
    private Instant startedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RouteKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SheetState state;

    @Version
    private long version;

    @OneToMany(mappedBy = "sheet", cascade = {CascadeType.PERSIST, CascadeType.REFRESH})
    @OrderBy("position")
    private List<ApprovalStep> steps = new ArrayList<>();

    protected ApprovalSheet() {
    }

    public ApprovalSheet(long letterId, int round, Long initiatorId, String initiator, String initiatorPosition,
                         Instant startedAt, RouteKind kind, SheetState state) {
        this.letterId = letterId;
        this.round = round;
        this.initiatorId = initiatorId;
        this.initiator = initiator;
        this.initiatorPosition = initiatorPosition;
        this.startedAt = startedAt;
        this.kind = kind;
        this.state = state;
    }

    /** Adds the next step of the route, numbered in order. */
    public ApprovalStep addStep(int stage, Long approverId, String approver, boolean signature, Instant dueAt) {
        ApprovalStep step = new ApprovalStep(this, stage, steps.size() + 1, approverId, approver, signature, dueAt);
        steps.add(step);
        passTurn();
        return step;
    }

    /** A step printed on another system's sheet, with the decision it already carries. */
    public void addDecidedStep(String approver, Decision result, Instant decidedAt, String remarks) {
        ApprovalStep step = new ApprovalStep(this, steps.size() + 1, steps.size() + 1, null, approver,
                result == Decision.SIGNED, null);
        step.record(result, remarks, decidedAt, null);
        steps.add(step);
        passTurn();
    }

    /** The stage whose approvers may act now, if the round is still going. */
    public OptionalInt currentStage() {
        if (state != SheetState.IN_PROGRESS) {
            return OptionalInt.empty();
        }
        return steps.stream().filter(s -> !s.isDecided()).mapToInt(ApprovalStep::getStage).min();
    }

    /** The step's turn has come: undecided, in the current stage. */
    public boolean isCurrent(ApprovalStep step) {
        return step.isInTurn();
    }

    /**
     * Writes on every step whether its turn has come, after each change of the route or of a decision: the one
     * place the turn is worked out, which the lists over many sheets (На согласовании, the late steps) read.
     */
    private void passTurn() {
        OptionalInt stage = currentStage();
        for (ApprovalStep step : steps) {
            step.turn(!step.isDecided() && stage.isPresent() && stage.getAsInt() == step.getStage());
        }
    }

    /** Who holds the draft now: the approvers of the current stage still to decide. */
    public List<String> holders() {
        return steps.stream().filter(this::isCurrent).map(ApprovalStep::getApprover).toList();
    }

    /** Since when they hold it: the last decision of an earlier stage, or the start of the round. */
    public Optional<Instant> heldSince() {
        OptionalInt stage = currentStage();
        if (stage.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(steps.stream().filter(s -> s.getStage() < stage.getAsInt() && s.getDecidedAt() != null)
                .map(ApprovalStep::getDecidedAt).max(Instant::compareTo).orElse(startedAt));
    }

    /**
     * A step past its due time with no decision while the round still goes on: late, whether or
     * not its turn has come (an earlier approver's delay makes the later steps late too). A step
     * decided, or a round that has ended, is no longer waited for and so is not overdue.
     */
    public boolean isOverdue(ApprovalStep step, Instant now) {
        return state == SheetState.IN_PROGRESS && !step.isDecided() && step.getDueAt() != null
                && now.isAfter(step.getDueAt());
    }

    /** Records an approver's answer, if it is theirs to give now and has not been given. */
    public void decide(ApprovalStep step, Decision decision, String remarks, Instant at, String deputy) {
        if (step.isDecided()) {
            throw BusinessException.conflict(Text.APPROVAL_STEP_DECIDED, step.getResult().printed());
        }
        if (state != SheetState.IN_PROGRESS) {
            throw BusinessException.conflict(Text.APPROVAL_FINISHED);
        }
        if (!isCurrent(step)) {
            throw BusinessException.conflict(Text.APPROVAL_NOT_YOUR_TURN);
        }
        if (decision == Decision.SIGNED && !step.isSignature()) {
            throw BusinessException.invalid("result", Text.APPROVAL_SIGN_ONLY_LAST);
        }
        if (step.isSignature() && decision != Decision.SIGNED && decision != Decision.REJECTED) {
            throw BusinessException.invalid("result", Text.APPROVAL_SIGN_STEP_DECISION);
        }
        String said = remarks == null || remarks.isBlank() ? null : remarks.strip();
        if (decision.needsRemarks() && said == null) {
            throw BusinessException.invalid("remarks", Text.APPROVAL_REMARKS_MISSING, decision.printed());
        }
        step.record(decision, said, at, deputy);
        if (decision == Decision.REJECTED) {
            state = SheetState.REJECTED;
        } else if (decision == Decision.SIGNED) {
            state = SheetState.SIGNED;
        }
        passTurn();
    }

    public Long getId() {
        return id;
    }

    public long getLetterId() {
        return letterId;
    }

    public int getRound() {
        return round;
    }

    public Long getInitiatorId() {
        return initiatorId;
    }

    public String getInitiator() {
        return initiator;
    }

    public String getInitiatorPosition() {
        return initiatorPosition;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public RouteKind getKind() {
        return kind;
    }

    public SheetState getState() {
        return state;
    }

    public long getVersion() {
        return version;
    }

    public List<ApprovalStep> getSteps() {
        return steps;
    }
}
