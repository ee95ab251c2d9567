package org.letterflow.tasks.entity;

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
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.letterflow.platform.BusinessException;
import org.letterflow.platform.Text;

/** One due date of a task: reported by the assignee, accepted or returned by the controller. */
@Entity
@Table(name = "task_checkpoint")
public class Checkpoint {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "task_id")
    private Task task;

    private int position;

    @Column(name = "due_on")
    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    private CheckpointState state = CheckpointState.OPEN;

    private String report;

    @Column(name = "reported_by")
    private String reportedBy;

    @Column(name = "reported_at")
    private Instant reportedAt;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "returned_comment")
    private String returnedComment;

    @Version
    private long version;

    protected Checkpoint() {
    }

    Checkpoint(Task task, int position, LocalDate dueOn) {
        this.task = task;
        this.position = position;
        this.dueOn = dueOn;
    }

    /** The assignee's report; on a task not under control it closes the checkpoint at once. */
    void report(String text, String actor, Instant at, boolean underControl) {
        if (text == null || text.isBlank()) {
            throw BusinessException.invalid("text", Text.TASK_REPORT_MISSING);
        }
        this.report = text.strip();
        this.reportedBy = actor;
        this.reportedAt = at;
        this.returnedComment = null;
        this.state = underControl ? CheckpointState.REPORTED : CheckpointState.DONE;
    }

    void accept(String actor, Instant at) {
        this.state = CheckpointState.DONE;
        this.decidedBy = actor;
        this.decidedAt = at;
    }

    /** Back to the assignee with what is missing; the report stays readable, its time counts no more. */
    void giveBack(String comment, String actor, Instant at) {
        if (comment == null || comment.isBlank()) {
            throw BusinessException.invalid("comment", Text.TASK_RETURN_COMMENT_MISSING);
        }
        this.state = CheckpointState.OPEN;
        this.returnedComment = comment.strip();
        this.reportedAt = null;
        this.decidedBy = actor;
        this.decidedAt = at;
    }

    void moveTo(LocalDate later) {
        this.dueOn = later;
    }

    public Long getId() {
        return id;
    }

    public Task getTask() {
        return task;
    }

    public int getPosition() {
        return position;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public CheckpointState getState() {
        return state;
    }

    public String getReport() {
        return report;
    }

    public String getReportedBy() {
        return reportedBy;
    }

    public Instant getReportedAt() {
        return reportedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getReturnedComment() {
        return returnedComment;
    }
}
