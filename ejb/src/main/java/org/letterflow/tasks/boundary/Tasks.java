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
import java.util.List;
import org.letterflow.document.FileAnalysis;
import org.letterflow.document.FileNames;
import org.letterflow.document.FileStore;
import org.letterflow.organisation.control.CurrentUser;
import org.letterflow.organisation.entity.Role;
import org.letterflow.organisation.entity.User;
import org.letterflow.platform.BusinessException;
import org.letterflow.platform.ListSort;
import org.letterflow.platform.ResultPage;
import org.letterflow.platform.Text;
import org.letterflow.platform.Row;
import org.letterflow.registration.boundary.AttachmentContent;
import org.letterflow.registration.boundary.AttachmentName;
import org.letterflow.registration.boundary.LetterSummary;
import org.letterflow.registration.entity.Attachment;
import org.letterflow.tasks.control.DueDates;
import org.letterflow.tasks.control.TaskAccess;
import org.letterflow.tasks.control.TaskListing;
import org.letterflow.tasks.control.TaskRow;
import org.letterflow.tasks.entity.Checkpoint;
import org.letterflow.tasks.entity.CheckpointState;
import org.letterflow.tasks.entity.Task;

/**
 * The assignee's work: their due dates, the letter a task is about, the report and its files, and
 * how many of their due dates have gone by.
 */
@Stateless
public class Tasks {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser caller;

    @Inject
    TaskAccess access;

    @Inject
    DueDates dueDates;

    @Inject
    Clock clock;

    @Inject
    FileStore files;

    @Inject
    FileAnalysis analysis;

    /**
     * A page of the caller's due dates that pass the listing's filters (no state chosen: all but
     * done), earliest first unless sorted by a column; as a controller, the due dates of the tasks
     * of their resolutions instead. The whole list is filtered, sorted and counted in the query.
     */
    public ResultPage<TaskRow> list(boolean asController, TaskListing listing, ListSort sort, int offset, int limit) {
        User me = caller.get();
        return asController
                ? dueDates.controlled(me.getId(), me.getOrganisation().getId(), listing, sort, offset, limit)
                : dueDates.assigned(me.getId(), me.getOrganisation().getId(), me.hasRole(Role.CLERK), listing, sort,
                offset, limit);
    }


    /**
     * The letter a task is about, for whoever acts on or controls the task: an assignee below the
     * letter's organisation reads it (and its files) through the task, not through the registry.
     */
    public LetterSummary letterOf(long taskId) {
        return LetterSummary.of(find(taskId).getResolution().getLetter());
    }

    public List<AttachmentName> letterFiles(long taskId) {
        return attachmentsOfLetter(taskId).stream().map(AttachmentName::of).toList();
    }

    private List<Attachment> attachmentsOfLetter(long taskId) {
        return em.createQuery("select a from Attachment a where a.letter = :letter order by a.id", Attachment.class)
                .setParameter("letter", find(taskId).getResolution().getLetter()).getResultList();
    }

    public AttachmentContent letterFile(long taskId, long attachmentId) {
        Attachment attachment = attachmentsOfLetter(taskId).stream().filter(a -> a.getId() == attachmentId).findFirst()
                .orElseThrow(() -> BusinessException.notFound(Text.FILE_NOT_FOUND));
        return new AttachmentContent(attachment.getFileName(), attachment.getMediaType(), files.read(attachment.getSha256()));
    }


    /** A task the caller acts on or controls; any other answers "not found". */
    public Task find(long id) {
        return access.find(id);
    }

    /** The assignee's report on the earliest open due date; anyone else's report is refused (403). */
    @RolesAllowed({"CLERK", "EXECUTIVE", "EXECUTOR"})
    public Checkpoint report(long taskId, String text) {
        // not found for whoever may not see the task (no hint that it exists); refused to its controller
        Task task = access.find(taskId);
        if (!task.isAssignee(caller.get())) {
            throw BusinessException.forbidden(Text.TASK_REPORTED_BY_ASSIGNEE);
        }
        em.lock(task, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(task);
        return task.report(text, caller.get().getLogin(), clock.instant());
    }


    /** A file of a report, as listed under its due date. */
    public record ReportFile(long id, long checkpoint, String fileName, String mediaType, long size) {
    }

    /**
     * A file the assignee adds to the report of a due date not yet done (before or with the report
     * text); stored once per content, not read for text.
     */
    @RolesAllowed({"CLERK", "EXECUTIVE", "EXECUTOR"})
    public ReportFile addReportFile(long taskId, long checkpointId, String fileName, byte[] bytes) {
        Task task = access.find(taskId);
        if (!task.isAssignee(caller.get())) {
            throw BusinessException.forbidden(Text.TASK_FILES_BY_ASSIGNEE);
        }
        Checkpoint checkpoint = task.getCheckpoints().stream().filter(c -> c.getId() == checkpointId).findFirst()
                .orElseThrow(() -> BusinessException.invalid("checkpoint", Text.TASK_NO_SUCH_CHECKPOINT));
        if (checkpoint.getState() == CheckpointState.DONE) {
            throw BusinessException.conflict(Text.TASK_CHECKPOINT_DONE_REPORT_FIXED);
        }
        if (bytes == null || bytes.length == 0) {
            throw BusinessException.invalid("file", Text.FILE_EMPTY);
        }
        String name = FileNames.sanitise(fileName);
        String hash = files.store(bytes);
        String type = analysis.mediaType(bytes, name);
        long id = n(em.createNativeQuery("insert into task_report_file (checkpoint_id, file_name, media_type, sha256, size,"
                        + " added_by, added_at) values (?1, ?2, ?3, ?4, ?5, ?6, ?7) returning id")
                .setParameter(1, checkpointId).setParameter(2, name).setParameter(3, type).setParameter(4, hash)
                .setParameter(5, (long) bytes.length).setParameter(6, caller.get().getLogin())
                .setParameter(7, Timestamp.from(clock.instant())).getSingleResult());
        return new ReportFile(id, checkpointId, name, type, bytes.length);
    }

    /** The report files of a task the caller acts on or controls. */
    public List<ReportFile> reportFiles(long taskId) {
        access.find(taskId);
        return Row.all(em.createNativeQuery("""
                        select f.id, f.checkpoint_id, f.file_name, f.media_type, f.size from task_report_file f
                          join task_checkpoint c on c.id = f.checkpoint_id where c.task_id = ?1 order by f.id""")
                        .setParameter(1, taskId)).stream()
                .map(r -> new ReportFile(r.longValue("id"), r.longValue("checkpoint_id"), r.string("file_name"),
                        r.string("media_type"), r.longValue("size"))).toList();
    }

    public AttachmentContent reportFile(long taskId, long fileId) {
        ReportFile file = reportFiles(taskId).stream().filter(f -> f.id() == fileId).findFirst()
                .orElseThrow(() -> BusinessException.notFound(Text.FILE_NOT_FOUND));
        String hash = (String) em.createNativeQuery("select sha256 from task_report_file where id = ?1")
                .setParameter(1, fileId).getSingleResult();
        return new AttachmentContent(file.fileName(), file.mediaType(), files.read(hash));
    }


    /** How many of the caller's due dates have gone by undone (the organisation's calendar): the menu's counter. */
    public long overdue() {
        User me = caller.get();
        LocalDate today = me.getOrganisation().today(clock);
        return ((Number) em.createNativeQuery("""
                        select count(*) from (select id from task where assignee_user_id = ?1 union all
                                              select id from task where assignee_org_id = ?2 and ?3) t
                          join task_checkpoint c on c.task_id = t.id
                         where c.state <> 'DONE' and c.due_on < ?4""")
                .setParameter(1, me.getId()).setParameter(2, me.getOrganisation().getId())
                .setParameter(3, me.hasRole(Role.CLERK)).setParameter(4, Date.valueOf(today))
                .getSingleResult()).longValue();
    }

    private static long n(Object value) {
        return ((Number) value).longValue();
    }
}
