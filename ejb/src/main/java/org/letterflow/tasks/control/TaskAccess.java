package org.letterflow.tasks.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.letterflow.organisation.control.CurrentUser;
import org.letterflow.organisation.entity.User;
import org.letterflow.platform.BusinessException;
import org.letterflow.platform.Text;
import org.letterflow.tasks.entity.Task;

/** Who may see a task: whoever acts on it (the assignee) or controls it (the resolution's author). */
@Dependent
public class TaskAccess {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser caller;

    /** A task the caller acts on or controls; any other answers "not found". */
    public Task find(long id) {
        Task task = em.find(Task.class, id);
        User me = caller.get();
        if (task == null || !(task.isAssignee(me) || isController(task, me))) {
            throw BusinessException.notFound(Text.TASK_NOT_FOUND);
        }
        return task;
    }

    /** The controller: the resolution's author (an executive, or the assignee who divided a task). */
    public static boolean isController(Task task, User user) {
        return task.getResolution().getAuthor().getId().equals(user.getId());
    }
}
