package org.letterflow.tasks.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.letterflow.organisation.control.CurrentUser;
import org.letterflow.organisation.control.OrganisationTree;
import org.letterflow.organisation.entity.Organisation;
import org.letterflow.organisation.entity.User;
import org.letterflow.platform.BusinessException;
import org.letterflow.platform.Text;
import org.letterflow.platform.Row;
import org.letterflow.registration.boundary.Letters;
import org.letterflow.registration.entity.Letter;
import org.letterflow.tasks.control.ICalendar;
import org.letterflow.tasks.control.TaskAccess;
import org.letterflow.tasks.entity.Checkpoint;
import org.letterflow.tasks.entity.CheckpointState;
import org.letterflow.tasks.entity.Resolution;
import org.letterflow.tasks.entity.Task;

/**
 * Resolutions and the tasks they make: an executive's on a letter of the organisation, and an
 * assignee's division of a task further down; who may be given a task.
 */
@Stateless
public class Resolutions {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser caller;

    @Inject
    TaskAccess access;

    @Inject
    Letters letters;

    @Inject
    Clock clock;

    @Inject
    OrganisationTree tree;

    @RolesAllowed("EXECUTIVE")
    public List<Task> resolve(long letterId, ResolutionForm form) {
        Letter letter = letters.find(letterId);
        User author = caller.get();
        if (!letter.isRegistered()) {
            throw BusinessException.conflict(Text.RESOLUTION_ONLY_REGISTERED);
        }
        if (form == null || form.text() == null || form.text().isBlank() || form.text().strip().length() > 4000) {
            throw BusinessException.invalid("text", Text.RESOLUTION_TEXT_MISSING);
        }
        LocalDate today = author.getOrganisation().today(clock);
        if (form.dueDates().stream().anyMatch(d -> d.isBefore(today))) {
            throw BusinessException.invalid("dueDates", Text.DUE_DATE_IN_PAST);
        }
        List<LocalDate> dates = new ArrayList<>(form.dueDates());
        if (form.recurrence() != null && !form.recurrence().isBlank()) {
            if (form.until() == null || form.until().isBefore(today)) {
                throw BusinessException.invalid("until", Text.RESOLUTION_UNTIL_MISSING);
            }
            dates.addAll(ICalendar.days(form.recurrence().strip(), today, form.until()));
        }
        if (dates.isEmpty()) {
            throw BusinessException.invalid("dueDates", Text.RESOLUTION_DUE_DATE_MISSING);
        }
        Resolution resolution = new Resolution(letter, author, form.text(), form.onControl(), clock.instant());
        return assign(resolution, form, dates);
    }

    /**
     * The assignee splits a task further down (a region's task to its municipalities, theirs to
     * their schools): the same due dates not yet done, each sub-task controlled by the splitter.
     */
    @RolesAllowed({"CLERK", "EXECUTIVE", "EXECUTOR"})
    public List<Task> divide(long taskId, ResolutionForm form) {
        Task parent = access.find(taskId);
        User me = caller.get();
        if (!parent.isAssignee(me)) {
            throw BusinessException.forbidden(Text.TASK_DIVIDED_BY_ASSIGNEE);
        }
        if (form == null || form.text() == null || form.text().isBlank()) {
            throw BusinessException.invalid("text", Text.TASK_TEXT_MISSING);
        }
        List<LocalDate> dates = parent.getCheckpoints().stream().filter(c -> c.getState() != CheckpointState.DONE)
                .map(Checkpoint::getDueOn).toList();
        if (dates.isEmpty()) {
            throw BusinessException.conflict(Text.TASK_DONE);
        }
        Resolution resolution = Resolution.dividing(parent, me, form.text(), clock.instant());
        return assign(resolution, form, dates);
    }

    private List<Task> assign(Resolution resolution, ResolutionForm form, List<LocalDate> dates) {
        User author = caller.get();
        if (form.users().isEmpty() && form.organisations().isEmpty()) {
            throw BusinessException.invalid("users", Text.RESOLUTION_ASSIGNEES_MISSING);
        }
        em.persist(resolution);
        List<Task> tasks = new ArrayList<>();
        for (String login : form.users()) {
            User user = em.createNamedQuery(User.BY_LOGIN, User.class).setParameter("login", login).getResultStream()
                    .filter(u -> u.getOrganisation().getId().equals(author.getOrganisation().getId())).findFirst()
                    .orElseThrow(() -> BusinessException.forbidden(Text.RESOLUTION_ASSIGNEE_OUTSIDE, login));
            tasks.add(Task.forUser(resolution, user, login.equalsIgnoreCase(form.responsible()), dates));
        }
        for (Long id : form.organisations()) {
            Organisation organisation = em.find(Organisation.class, id);
            if (organisation == null) {
                throw BusinessException.invalid("organisations", Text.ORGANISATION_CODE_UNKNOWN, id);
            }
            if (id.equals(author.getOrganisation().getId()) || !caller.sees(id)) {
                throw BusinessException.forbidden(Text.RESOLUTION_ORGANISATION_NOT_SUBORDINATE,
                        organisation.getShortName());
            }
            tasks.add(Task.forOrganisation(resolution, organisation, String.valueOf(id).equals(form.responsible()), dates));
        }
        tasks.forEach(em::persist);
        return tasks;
    }


    /** How far the sub-tasks of a task have got: how many, their due dates, done, overdue. */
    public record Division(long tasks, long dueDates, long done, long overdue) {
    }

    public Division division(long taskId) {
        access.find(taskId);
        // overdue as each sub-task's assignee's calendar has it: today from the one clock (?2) in that zone
        Row r = Row.first(em.createNativeQuery("""
                        select count(distinct t.id) as tasks, count(c.id) as due_dates,
                               count(c.id) filter (where c.state = 'DONE') as done,
                               count(c.id) filter (where c.state <> 'DONE'
                                   and c.due_on < cast(cast(?2 as timestamptz) at time zone h.time_zone as date)) as overdue
                          from resolution r join task t on t.resolution_id = r.id
                          left join app_user u on u.id = t.assignee_user_id
                          join organisation h on h.id = coalesce(u.organisation_id, t.assignee_org_id)
                          left join task_checkpoint c on c.task_id = t.id
                         where r.parent_task_id = ?1""")
                        .setParameter(1, taskId).setParameter(2, Timestamp.from(clock.instant())))
                .orElseThrow();
        return new Division(r.longValue("tasks"), r.longValue("due_dates"), r.longValue("done"), r.longValue("overdue"));
    }

    /** The sub-tasks a task was divided into, with their due dates. */
    public List<Task> subtasks(long taskId) {
        access.find(taskId);
        return em.createQuery("select t from Task t where t.resolution.parentTaskId = :parent order by t.id", Task.class)
                .setParameter("parent", taskId).getResultList();
    }

    /** The tasks of every resolution on a letter the caller may read. */
    public List<Task> ofLetter(long letterId) {
        return em.createQuery("select t from Task t where t.resolution.letter = :letter order by t.resolution.id, t.id",
                Task.class).setParameter("letter", letters.find(letterId)).getResultList();
    }


    /** Organisations below the caller's whose name contains the text, to assign a task to. */
    public List<Organisation> assignable(String text) {
        return tree.search(caller.organisationId(), text, 20);
    }
}
