package org.letterflow.tasks.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.letterflow.tasks.entity.Checkpoint;
import org.letterflow.tasks.entity.CheckpointState;
import org.letterflow.tasks.entity.Task;

/** A task as the API shows it: the resolution, the assignee, the task it divides if any, and each checkpoint. */
public record TaskView(long id, long letter, String resolution, String author, boolean onControl, String assignee,
                       Long assigneeUser, Long assigneeOrganisation, boolean responsible, Long parentTask,
                       List<CheckpointView> checkpoints) {

    /** One due date and what became of it. */
    public record CheckpointView(long id, int position, LocalDate dueOn, CheckpointState state, String report,
                                 String reportedBy, Instant reportedAt, String returnedComment) {
        static CheckpointView of(Checkpoint c) {
            return new CheckpointView(c.getId(), c.getPosition(), c.getDueOn(), c.getState(), c.getReport(),
                    c.getReportedBy(), c.getReportedAt(), c.getReturnedComment());
        }
    }

    public static TaskView of(Task t) {
        var r = t.getResolution();
        return new TaskView(t.getId(), r.getLetter().getId(), r.getText(), r.getAuthor().getShortName(), r.isOnControl(),
                t.getAssigneeUser() != null ? t.getAssigneeUser().getShortName() : t.getAssigneeOrganisation().getShortName(),
                t.getAssigneeUser() == null ? null : t.getAssigneeUser().getId(),
                t.getAssigneeOrganisation() == null ? null : t.getAssigneeOrganisation().getId(), t.isResponsible(),
                r.getParentTaskId(), t.getCheckpoints().stream().map(CheckpointView::of).toList());
    }
}
