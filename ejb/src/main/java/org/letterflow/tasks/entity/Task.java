package org.letterflow.tasks.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.letterflow.organisation.entity.Organisation;
import org.letterflow.organisation.entity.Role;
import org.letterflow.organisation.entity.User;
import org.letterflow.platform.BusinessException;
import org.letterflow.platform.Text;

/**
 * One assignee's part of a resolution — a user, or an organisation whose clerks act for it — with
 * its checkpoints in date order. Reports, acceptance and returns go to the earliest checkpoint
 * that is waiting for them.
 */
@Entity
@Table(name = "task")
public class Task {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "resolution_id")
    private Resolution resolution;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "assignee_user_id")
    private User assigneeUser;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "assignee_org_id")
    private Organisation assigneeOrganisation;

    private boolean responsible;

    @OneToMany(mappedBy = "task", cascade = {CascadeType.PERSIST, CascadeType.REFRESH})
    @OrderBy("position")
    private List<Checkpoint> checkpoints = new ArrayList<>();

    @Version
    private long version;

    protected Task() {
    }

    private Task(Resolution resolution, User user, Organisation organisation, boolean responsible, List<LocalDate> dates) {
        this.resolution = resolution;
        this.assigneeUser = user;
        this.assigneeOrganisation = organisation;
        this.responsible = responsible;
        List<LocalDate> sorted = dates.stream().distinct().sorted().toList();
        for (int i = 0; i < sorted.size(); i++) {
            checkpoints.add(new Checkpoint(this, i + 1, sorted.get(i)));
        }
    }

    public static Task forUser(Resolution resolution, User user, boolean responsible, List<LocalDate> dates) {
        return new Task(resolution, user, null, responsible, dates);
    }

    public static Task forOrganisation(Resolution resolution, Organisation organisation, boolean responsible,
                                       List<LocalDate> dates) {
        return new Task(resolution, null, organisation, responsible, dates);
    }

    /** Whether the user acts for this task: its assignee, or a clerk of its assignee organisation. */
    public boolean isAssignee(User user) {
        return assigneeUser != null ? assigneeUser.getId().equals(user.getId())
                : assigneeOrganisation.getId().equals(user.getOrganisation().getId())
                && user.hasRole(Role.CLERK);
    }

    public Checkpoint report(String text, String actor, Instant at) {
        Checkpoint next = first(CheckpointState.OPEN, Text.TASK_ALL_REPORTED);
        next.report(text, actor, at, resolution.isOnControl());
        return next;
    }

    /** The controller accepts the earliest report; whoever wrote a report does not accept it. */
    public Checkpoint accept(User controller, Instant at) {
        Checkpoint next = first(CheckpointState.REPORTED, Text.TASK_NO_REPORT_WAITING);
        if (controller.getLogin().equalsIgnoreCase(next.getReportedBy())) {
            throw BusinessException.forbidden(Text.TASK_OWN_REPORT);
        }
        next.accept(controller.getLogin(), at);
        return next;
    }

    public Checkpoint giveBack(String comment, String actor, Instant at) {
        Checkpoint next = first(CheckpointState.REPORTED, Text.TASK_NO_REPORT_WAITING);
        next.giveBack(comment, actor, at);
        return next;
    }

    /** Moves a checkpoint not yet done to a later day; the caller records why. */
    public LocalDate extend(long checkpointId, LocalDate later) {
        Checkpoint checkpoint = checkpoints.stream().filter(c -> c.getId() == checkpointId).findFirst()
                .orElseThrow(() -> BusinessException.invalid("checkpoint", Text.TASK_NO_SUCH_CHECKPOINT));
        if (checkpoint.getState() == CheckpointState.DONE) {
            throw BusinessException.conflict(Text.TASK_CHECKPOINT_DONE);
        }
        if (later == null || !later.isAfter(checkpoint.getDueOn())) {
            throw BusinessException.invalid("dueOn", Text.TASK_EXTENSION_NOT_LATER);
        }
        LocalDate old = checkpoint.getDueOn();
        checkpoint.moveTo(later);
        return old;
    }

    private Checkpoint first(CheckpointState state, Text none) {
        return checkpoints.stream().filter(c -> c.getState() == state).findFirst()
                .orElseThrow(() -> BusinessException.conflict(none));
    }

    public Long getId() {
        return id;
    }

    public Resolution getResolution() {
        return resolution;
    }

    public User getAssigneeUser() {
        return assigneeUser;
    }

    public Organisation getAssigneeOrganisation() {
        return assigneeOrganisation;
    }

    /** Who carries the task out, named: the person's short name, or the organisation's. */
    public String getAssigneeName() {
        return assigneeUser != null ? assigneeUser.getShortName() : assigneeOrganisation.getShortName();
    }

    public Long getAssigneeUserId() {
        return assigneeUser == null ? null : assigneeUser.getId();
    }

    public Long getAssigneeOrganisationId() {
        return assigneeOrganisation == null ? null : assigneeOrganisation.getId();
    }

    public boolean isResponsible() {
        return responsible;
    }

    public List<Checkpoint> getCheckpoints() {
        return checkpoints;
    }

    /** The organisation whose calendar the due dates follow. */
    public Organisation assigneeHome() {
        return assigneeUser != null ? assigneeUser.getOrganisation() : assigneeOrganisation;
    }
}
