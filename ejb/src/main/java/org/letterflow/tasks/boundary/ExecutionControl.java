package org.letterflow.tasks.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import org.letterflow.organisation.control.CurrentUser;
import org.letterflow.platform.BusinessException;
import org.letterflow.platform.Text;
import org.letterflow.tasks.control.TaskAccess;
import org.letterflow.tasks.entity.Checkpoint;
import org.letterflow.tasks.entity.Task;

/** Control of execution: the resolution's author accepts a report, returns it, or moves a due date. */
@Stateless
public class ExecutionControl {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser caller;

    @Inject
    TaskAccess access;

    @Inject
    Clock clock;

    /** The controller: the resolution's author (an executive, or the assignee who divided a task). */
    @RolesAllowed({"EXECUTIVE", "CLERK", "EXECUTOR"})
    public Checkpoint accept(long taskId) {
        Task task = controlled(taskId);
        return task.accept(caller.get(), clock.instant());
    }

    @RolesAllowed({"EXECUTIVE", "CLERK", "EXECUTOR"})
    public Checkpoint giveBack(long taskId, String comment) {
        Task task = controlled(taskId);
        return task.giveBack(comment, caller.get().getLogin(), clock.instant());
    }

    /** Moves a due date later; the reason is required and kept. */
    @RolesAllowed({"EXECUTIVE", "CLERK", "EXECUTOR"})
    public Task extend(long taskId, long checkpointId, LocalDate dueOn, String reason) {
        Task task = controlled(taskId);
        if (reason == null || reason.isBlank()) {
            throw BusinessException.invalid("reason", Text.TASK_EXTENSION_REASON_MISSING);
        }
        LocalDate old = task.extend(checkpointId, dueOn);
        em.createNativeQuery("insert into task_extension (checkpoint_id, old_due_on, new_due_on, reason, extended_by,"
                        + " extended_at) values (?1, ?2, ?3, ?4, ?5, ?6)")
                .setParameter(1, checkpointId).setParameter(2, Date.valueOf(old)).setParameter(3, Date.valueOf(dueOn))
                .setParameter(4, reason.strip()).setParameter(5, caller.get().getLogin())
                .setParameter(6, Timestamp.from(clock.instant())).executeUpdate();
        return task;
    }


    /** A task the caller controls, locked and read afresh: one decision at a time on its checkpoints. */
    private Task controlled(long taskId) {
        Task task = access.find(taskId);
        if (!TaskAccess.isController(task, caller.get())) {
            throw BusinessException.forbidden(Text.TASK_DECIDED_BY_AUTHOR);
        }
        em.lock(task, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(task);
        return task;
    }
}
