package org.letterflow.approval.entity;

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
import org.letterflow.platform.Text;

/** One approver's place on a sheet: the stage it acts in, and, once given, its decision. */
@Entity
@Table(name = "approval_step")
public class ApprovalStep {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "sheet_id")
    private ApprovalSheet sheet;

    private int stage;
    private int position;

    @Column(name = "approver_id")
    private Long approverId;

    @Column(nullable = false)
    private String approver;

    private boolean signature;

    @Column(name = "due_at")
    private Instant dueAt;

    @Enumerated(EnumType.STRING)
    private Decision result;

    @Column(name = "decided_at")
    private Instant decidedAt;

    private String remarks;

    /**
     * The step's turn has come. Its sheet writes it whenever the route or a decision changes
     * ({@link ApprovalSheet#isCurrent}), so a list over many sheets reads it instead of working the turn out again.
     */
    @Column(name = "in_turn")
    private boolean inTurn;

    /** The deputy who decided "за" the approver, or null when the approver did. */
    @Column(name = "decided_by")
    private String decidedBy;

    protected ApprovalStep() {
    }

    ApprovalStep(ApprovalSheet sheet, int stage, int position, Long approverId, String approver, boolean signature,
                 Instant dueAt) {
        this.sheet = sheet;
        this.stage = stage;
        this.position = position;
        this.approverId = approverId;
        this.approver = approver;
        this.signature = signature;
        this.dueAt = dueAt;
    }

    void record(Decision decision, String remarksGiven, Instant at, String deputy) {
        this.result = decision;
        this.remarks = remarksGiven;
        this.decidedAt = at;
        this.decidedBy = deputy;
    }

    void turn(boolean current) {
        this.inTurn = current;
    }

    public boolean isInTurn() {
        return inTurn;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    /** The approver as the sheet prints them: "за Р.Г. Музипов — С.Н. Захарова" when a deputy decided. */
    public String printedApprover() {
        return decidedBy == null ? approver : Text.APPROVER_BY_DEPUTY.format(approver, decidedBy);
    }

    public boolean isDecided() {
        return result != null;
    }

    public Long getId() {
        return id;
    }

    public ApprovalSheet getSheet() {
        return sheet;
    }

    public int getStage() {
        return stage;
    }

    public int getPosition() {
        return position;
    }

    public Long getApproverId() {
        return approverId;
    }

    public String getApprover() {
        return approver;
    }

    public boolean isSignature() {
        return signature;
    }

    public Instant getDueAt() {
        return dueAt;
    }

    public Decision getResult() {
        return result;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getRemarks() {
        return remarks;
    }
}
