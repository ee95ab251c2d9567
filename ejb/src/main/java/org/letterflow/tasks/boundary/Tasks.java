package org.letterflow.tasks.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.letterflow.document.FileAnalysis;
import org.letterflow.document.FileStore;
import org.letterflow.organisation.control.CurrentUser;
import org.letterflow.organisation.control.OrganisationTree;
import org.letterflow.organisation.entity.Organisation;
import org.letterflow.organisation.entity.Role;
import org.letterflow.organisation.entity.User;
import org.letterflow.platform.BusinessException;
import org.letterflow.registration.boundary.AttachmentContent;
import org.letterflow.registration.boundary.Letters;
import org.letterflow.document.FileNames;
import org.letterflow.registration.entity.Attachment;
import org.letterflow.registration.entity.Letter;
import org.letterflow.tasks.control.ICalendar;
import org.letterflow.tasks.entity.Checkpoint;
import org.letterflow.tasks.entity.CheckpointState;
import org.letterflow.tasks.entity.Resolution;
import org.letterflow.tasks.entity.Task;
import org.letterflow.tasks.control.TaskRow;

/**
 * Resolutions and the tasks they make: who writes them (an executive, on a letter of the
 * organisation), who acts on them (the assignee: the user, or the clerks of the assignee
 * organisation), who controls them (the resolution's author), and what each sees.
 */
@Stateless
public class Tasks {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** Today in the assignee's organisation, whose calendar the due dates follow. */
    private static final String TODAY = "cast(now() at time zone h.time_zone as date)";

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser caller;

    @Inject
    Letters letters;

    @Inject
    Clock clock;

    @Inject
    OrganisationTree tree;

    @Inject
    FileStore files;

    @Inject
    FileAnalysis analysis;

    @RolesAllowed("EXECUTIVE")
    public List<Task> resolve(long letterId, ResolutionForm form) {
        Letter letter = letters.find(letterId);
        User author = caller.get();
        if (!letter.isRegistered()) {
            throw BusinessException.conflict("Резолюцию пишут на зарегистрированное письмо");
        }
        if (form == null || form.text() == null || form.text().isBlank() || form.text().strip().length() > 4000) {
            throw BusinessException.invalid("text", "Напишите текст резолюции (до 4000 знаков)");
        }
        LocalDate today = LocalDate.now(clock.withZone(author.getOrganisation().getTimeZone()));
        if (form.dueDates().stream().anyMatch(d -> d.isBefore(today))) {
            throw BusinessException.invalid("dueDates", "Срок исполнения не может быть в прошлом");
        }
        List<LocalDate> dates = new ArrayList<>(form.dueDates());
        if (form.recurrence() != null && !form.recurrence().isBlank()) {
            if (form.until() == null || form.until().isBefore(today)) {
                throw BusinessException.invalid("until", "Укажите, до какой даты повторять срок");
            }
            dates.addAll(ICalendar.days(form.recurrence().strip(), today, form.until()));
        }
        if (dates.isEmpty()) {
            throw BusinessException.invalid("dueDates", "Укажите срок исполнения");
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
        Task parent = find(taskId);
        User me = caller.get();
        if (!parent.isAssignee(me)) {
            throw BusinessException.forbidden("Поручение делит дальше его исполнитель");
        }
        if (form == null || form.text() == null || form.text().isBlank()) {
            throw BusinessException.invalid("text", "Напишите, что поручается");
        }
        List<LocalDate> dates = parent.getCheckpoints().stream().filter(c -> c.getState() != CheckpointState.DONE)
                .map(Checkpoint::getDueOn).toList();
        if (dates.isEmpty()) {
            throw BusinessException.conflict("Поручение уже исполнено");
        }
        Resolution resolution = Resolution.dividing(parent, me, form.text(), clock.instant());
        return assign(resolution, form, dates);
    }

    private List<Task> assign(Resolution resolution, ResolutionForm form, List<LocalDate> dates) {
        User author = caller.get();
        if (form.users().isEmpty() && form.organisations().isEmpty()) {
            throw BusinessException.invalid("users", "Укажите исполнителей: сотрудников или подведомственные организации");
        }
        em.persist(resolution);
        List<Task> tasks = new ArrayList<>();
        for (String login : form.users()) {
            User user = em.createNamedQuery(User.BY_LOGIN, User.class).setParameter("login", login).getResultStream()
                    .filter(u -> u.getOrganisation().getId().equals(author.getOrganisation().getId())).findFirst()
                    .orElseThrow(() -> BusinessException.forbidden("Исполнитель «" + login
                            + "» не из вашей организации; поручите его организации"));
            tasks.add(Task.forUser(resolution, user, login.equalsIgnoreCase(form.responsible()), dates));
        }
        for (Long id : form.organisations()) {
            Organisation organisation = em.find(Organisation.class, id);
            if (organisation == null) {
                throw BusinessException.invalid("organisations", "Организации с кодом " + id + " нет в справочнике");
            }
            if (id.equals(author.getOrganisation().getId()) || !caller.sees(id)) {
                throw BusinessException.forbidden("Поручать можно только подведомственным организациям: «"
                        + organisation.getShortName() + "» вне вашей подчинённости");
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
        find(taskId);
        Object[] r = (Object[]) em.createNativeQuery("""
                        select count(distinct t.id), count(c.id), count(c.id) filter (where c.state = 'DONE'),
                               count(c.id) filter (where c.state <> 'DONE' and c.due_on < current_date)
                          from resolution r join task t on t.resolution_id = r.id
                          left join task_checkpoint c on c.task_id = t.id
                         where r.parent_task_id = ?1""").setParameter(1, taskId).getSingleResult();
        return new Division(n(r[0]), n(r[1]), n(r[2]), n(r[3]));
    }

    /** The sub-tasks a task was divided into, with their due dates. */
    public List<Task> subtasks(long taskId) {
        find(taskId);
        return em.createQuery("select t from Task t where t.resolution.parentTaskId = :parent order by t.id", Task.class)
                .setParameter("parent", taskId).getResultList();
    }

    /** The tasks of every resolution on a letter the caller may read. */
    public List<Task> ofLetter(long letterId) {
        return em.createQuery("select t from Task t where t.resolution.letter = :letter order by t.resolution.id, t.id",
                Task.class).setParameter("letter", letters.find(letterId)).getResultList();
    }

    /**
     * The caller's due dates not yet done (or in {@code state}), earliest first; as a controller,
     * the due dates of the tasks of their resolutions instead.
     */
    public List<TaskRow> list(boolean asController, CheckpointState state, LocalDate dueBefore) {
        User me = caller.get();
        // each branch an index lookup: an OR across the two columns would read every task
        String tasks = asController
                ? "(select t.* from task t join resolution r on r.id = t.resolution_id where r.author_id = ?1)"
                : "(select * from task where assignee_user_id = ?1 union all"
                + " select * from task where assignee_org_id = ?2 and ?3)";
        return rows(tasks, """
                (cast(?4 as varchar) is null and c.state <> 'DONE' or c.state = cast(?4 as varchar))
                and (cast(?5 as date) is null or c.due_on <= cast(?5 as date))""",
                me.getId(), me.getOrganisation().getId(), me.hasRole(Role.CLERK),
                state == null ? null : state.name(), dueBefore == null ? null : Date.valueOf(dueBefore));
    }

    /**
     * The due dates behind one line of the discipline report: of an organisation's tasks (and its
     * people's), or of one person's, in the period, whatever their state.
     */
    public List<TaskRow> disciplineDetail(LocalDate from, LocalDate to, long organisation, Long person) {
        if (from == null || to == null || !caller.sees(organisation)) {
            throw BusinessException.notFound("Организация не найдена");
        }
        String tasks = "(select * from task where assignee_org_id = ?1 and cast(?3 as bigint) is null union all"
                + " select t.* from task t join app_user p on p.id = t.assignee_user_id"
                + " where p.organisation_id = ?1 and (cast(?3 as bigint) is null or p.id = cast(?3 as bigint)))";
        return rows(tasks, "c.due_on between ?4 and ?5", organisation, caller.organisationId(), person,
                Date.valueOf(from), Date.valueOf(to));
    }

    /** Due dates of the given tasks, earliest first; parameter ?2 is the caller's organisation (for ownLetter). */
    private List<TaskRow> rows(String tasks, String where, Object... parameters) {
        var query = em.createNativeQuery("""
                        select t.id, c.id, c.position, (select count(*) from task_checkpoint x where x.task_id = t.id),
                               l.id, l.registration_number, l.subject, r.text, a.short_name,
                               coalesce(u.short_name, o.short_name), c.due_on, c.state,
                               c.state <> 'DONE' and c.due_on < %1$s,
                               c.state = 'OPEN' and c.due_on between %1$s and %1$s + 3,
                               c.returned_comment, l.organisation_id = ?2, c.report
                          from %2$s t
                          join resolution r on r.id = t.resolution_id
                          join letter l on l.id = r.letter_id
                          join app_user a on a.id = r.author_id
                          join task_checkpoint c on c.task_id = t.id
                          left join app_user u on u.id = t.assignee_user_id
                          left join organisation o on o.id = t.assignee_org_id
                          join organisation h on h.id = coalesce(u.organisation_id, t.assignee_org_id)
                         where %3$s
                         order by c.due_on, t.id, c.position
                         limit 1000""".formatted(TODAY, tasks, where));
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        List<?> rows = query.getResultList();
        return rows.stream().map(row -> {
            Object[] r = (Object[]) row;
            return new TaskRow(n(r[0]), n(r[1]), (int) n(r[2]), (int) n(r[3]), n(r[4]), (String) r[5], (String) r[6],
                    (String) r[7], (String) r[8], (String) r[9], ((Date) r[10]).toLocalDate(),
                    CheckpointState.valueOf((String) r[11]), (Boolean) r[12], (Boolean) r[13], (String) r[14],
                    (Boolean) r[15], (String) r[16]);
        }).toList();
    }

    /** Organisations below the caller's whose name contains the text, to assign a task to. */
    public List<Organisation> assignable(String text) {
        return tree.search(caller.organisationId(), text, 20);
    }

    /**
     * The letter a task is about, for whoever acts on or controls the task: an assignee below the
     * letter's organisation reads it (and its files) through the task, not through the registry.
     */
    public Letter letterOf(long taskId) {
        return find(taskId).getResolution().getLetter();
    }

    public List<Attachment> letterFiles(long taskId) {
        return em.createQuery("select a from Attachment a where a.letter = :letter order by a.id", Attachment.class)
                .setParameter("letter", letterOf(taskId)).getResultList();
    }

    public AttachmentContent letterFile(long taskId, long attachmentId) {
        Attachment attachment = letterFiles(taskId).stream().filter(a -> a.getId() == attachmentId).findFirst()
                .orElseThrow(() -> BusinessException.notFound("Файл не найден"));
        return new AttachmentContent(attachment.getFileName(), attachment.getMediaType(), files.read(attachment.getSha256()));
    }

    /** A task the caller acts on or controls; any other answers "not found". */
    public Task find(long id) {
        Task task = em.find(Task.class, id);
        User me = caller.get();
        if (task == null || !(task.isAssignee(me) || isController(task, me))) {
            throw BusinessException.notFound("Поручение не найдено");
        }
        return task;
    }

    /** The assignee's report on the earliest open due date; anyone else's report is refused (403). */
    @RolesAllowed({"CLERK", "EXECUTIVE", "EXECUTOR"})
    public Checkpoint report(long taskId, String text) {
        // not found for whoever may not see the task (no hint that it exists); refused to its controller
        Task task = find(taskId);
        if (!task.isAssignee(caller.get())) {
            throw BusinessException.forbidden("Отчитывается только исполнитель поручения");
        }
        em.lock(task, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(task);
        return task.report(text, caller.get().getLogin(), clock.instant());
    }

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
            throw BusinessException.invalid("reason", "Укажите причину переноса срока");
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
        Task task = find(taskId);
        if (!isController(task, caller.get())) {
            throw BusinessException.forbidden("Решение по отчёту принимает автор резолюции");
        }
        em.lock(task, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(task);
        return task;
    }

    private static boolean isController(Task task, User user) {
        return task.getResolution().getAuthor().getId().equals(user.getId());
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
        Task task = find(taskId);
        if (!task.isAssignee(caller.get())) {
            throw BusinessException.forbidden("Файлы к отчёту прикладывает исполнитель поручения");
        }
        Checkpoint checkpoint = task.getCheckpoints().stream().filter(c -> c.getId() == checkpointId).findFirst()
                .orElseThrow(() -> BusinessException.invalid("checkpoint", "У поручения нет такого срока"));
        if (checkpoint.getState() == CheckpointState.DONE) {
            throw BusinessException.conflict("Срок уже исполнен; отчёт не меняется");
        }
        if (bytes == null || bytes.length == 0) {
            throw BusinessException.invalid("file", "Файл пуст");
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
        find(taskId);
        List<?> rows = em.createNativeQuery("""
                        select f.id, f.checkpoint_id, f.file_name, f.media_type, f.size from task_report_file f
                          join task_checkpoint c on c.id = f.checkpoint_id where c.task_id = ?1 order by f.id""")
                .setParameter(1, taskId).getResultList();
        return rows.stream().map(row -> {
            Object[] r = (Object[]) row;
            return new ReportFile(n(r[0]), n(r[1]), (String) r[2], (String) r[3], n(r[4]));
        }).toList();
    }

    public AttachmentContent reportFile(long taskId, long fileId) {
        ReportFile file = reportFiles(taskId).stream().filter(f -> f.id() == fileId).findFirst()
                .orElseThrow(() -> BusinessException.notFound("Файл не найден"));
        String hash = (String) em.createNativeQuery("select sha256 from task_report_file where id = ?1")
                .setParameter(1, fileId).getSingleResult();
        return new AttachmentContent(file.fileName(), file.mediaType(), files.read(hash));
    }

    /** An in-application notice (a reminder) not yet read. */
    public record Notice(long id, String text, Long letter, java.time.Instant at) {
    }

    public List<Notice> notices() {
        List<?> rows = em.createNativeQuery("select id, text, letter_id, created_at from notification"
                        + " where user_id = ?1 and read_at is null order by created_at desc, id desc limit 50")
                .setParameter(1, caller.get().getId()).getResultList();
        return rows.stream().map(row -> {
            Object[] r = (Object[]) row;
            return new Notice(n(r[0]), (String) r[1], r[2] == null ? null : n(r[2]), ((Timestamp) r[3]).toInstant());
        }).toList();
    }

    /** How many reminders the caller has not read yet: the bell's number. */
    public long unreadNotices() {
        return ((Number) em.createNativeQuery("select count(*) from notification where user_id = ?1 and read_at is null")
                .setParameter(1, caller.get().getId()).getSingleResult()).longValue();
    }

    /** How many of the caller's due dates have gone by undone (the organisation's calendar): the menu's counter. */
    public long overdue() {
        User me = caller.get();
        LocalDate today = LocalDate.now(clock.withZone(me.getOrganisation().getTimeZone()));
        return ((Number) em.createNativeQuery("""
                        select count(*) from (select id from task where assignee_user_id = ?1 union all
                                              select id from task where assignee_org_id = ?2 and ?3) t
                          join task_checkpoint c on c.task_id = t.id
                         where c.state <> 'DONE' and c.due_on < ?4""")
                .setParameter(1, me.getId()).setParameter(2, me.getOrganisation().getId())
                .setParameter(3, me.hasRole(Role.CLERK)).setParameter(4, Date.valueOf(today))
                .getSingleResult()).longValue();
    }

    public void markNoticesRead() {
        em.createNativeQuery("update notification set read_at = ?2 where user_id = ?1 and read_at is null")
                .setParameter(1, caller.get().getId()).setParameter(2, Timestamp.from(clock.instant())).executeUpdate();
    }

    /** A new secret URL for the caller's calendar feed; the previous one stops working. */
    public String newCalendarToken() {
        revokeCalendar();
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        em.createNativeQuery("insert into calendar_token (token, user_id, created_at) values (?1, ?2, ?3)")
                .setParameter(1, token).setParameter(2, caller.get().getId())
                .setParameter(3, Timestamp.from(clock.instant())).executeUpdate();
        return token;
    }

    public void revokeCalendar() {
        em.createNativeQuery("update calendar_token set revoked_at = ?2 where user_id = ?1 and revoked_at is null")
                .setParameter(1, caller.get().getId()).setParameter(2, Timestamp.from(clock.instant())).executeUpdate();
    }

    /** The feed behind a token: every due date of the user's tasks; an unknown or revoked token is "not found". */
    @PermitAll
    public String calendar(String token) {
        List<?> owner = em.createNativeQuery("select u.id, u.organisation_id, exists (select 1 from user_role x"
                        + " where x.user_id = u.id and x.role = 'CLERK') from calendar_token k join app_user u on u.id = k.user_id"
                        + " where k.token = ?1 and k.revoked_at is null and u.active")
                .setParameter(1, token == null ? "" : token).getResultList();
        if (owner.isEmpty()) {
            throw BusinessException.notFound("Календарь не найден");
        }
        Object[] o = (Object[]) owner.get(0);
        List<?> rows = em.createNativeQuery("""
                        select c.id, c.due_on, r.text, l.registration_number, c.state, c.position,
                               (select count(*) from task_checkpoint x where x.task_id = t.id)
                          from task t
                          join resolution r on r.id = t.resolution_id
                          join letter l on l.id = r.letter_id
                          join task_checkpoint c on c.task_id = t.id
                         where t.assignee_user_id = ?1 or (t.assignee_org_id = ?2 and ?3)
                         order by c.due_on""")
                .setParameter(1, n(o[0])).setParameter(2, n(o[1])).setParameter(3, o[2]).getResultList();
        List<ICalendar.Event> events = rows.stream().map(row -> {
            Object[] r = (Object[]) row;
            String of = n(r[6]) > 1 ? " (" + n(r[5]) + " из " + n(r[6]) + ")" : "";
            return new ICalendar.Event("checkpoint-" + n(r[0]) + "@letterflow", ((Date) r[1]).toLocalDate(),
                    "Срок по письму № " + r[3] + of + ("DONE".equals(r[4]) ? " — исполнено" : ""), (String) r[2]);
        }).toList();
        return ICalendar.of("Поручения", events);
    }

    /**
     * Execution discipline for due dates in a period, per organisation at or below {@code org}
     * (default: the caller's) and per person within each: on time means reported by the end of
     * the due day in the assignee organisation's time zone.
     */
    public List<DisciplineRow> discipline(LocalDate from, LocalDate to, Long org) {
        if (from == null || to == null || to.isBefore(from)) {
            throw BusinessException.invalid("from", "Укажите период: с какой даты по какую");
        }
        long root = org == null ? caller.organisationId() : org;
        if (!caller.sees(root)) {
            throw BusinessException.notFound("Организация не найдена");
        }
        List<?> rows = em.createNativeQuery("""
                        with recursive subtree(id) as (
                            select id from organisation where id = ?1
                            union all
                            select o.id from organisation o join subtree s on o.parent_id = s.id
                        )
                        -- tasks of the organisations, and of their people, each found through its own index
                        , assigned(task, organisation, person) as (
                            select t.id, t.assignee_org_id, cast(null as bigint) from task t join subtree s on s.id = t.assignee_org_id
                            union all
                            select t.id, u.organisation_id, u.id from app_user u join subtree s on s.id = u.organisation_id
                              join task t on t.assignee_user_id = u.id
                        )
                        select h.id, u.id, h.short_name, u.short_name, count(*),
                               count(*) filter (where c.state <> 'OPEN'
                                   and c.reported_at < cast(c.due_on + 1 as timestamp) at time zone h.time_zone),
                               count(*) filter (where c.state <> 'OPEN'
                                   and c.reported_at >= cast(c.due_on + 1 as timestamp) at time zone h.time_zone),
                               count(*) filter (where c.state = 'OPEN' and c.due_on < %1$s),
                               count(*) filter (where c.state = 'OPEN' and c.due_on >= %1$s)
                          from assigned a
                          join task_checkpoint c on c.task_id = a.task
                          join organisation h on h.id = a.organisation
                          left join app_user u on u.id = a.person
                         where c.due_on between ?2 and ?3
                         group by grouping sets ((h.id, h.short_name), (h.id, h.short_name, u.id, u.short_name))
                        having grouping(u.id) = 1 or u.id is not null
                         order by h.short_name, u.short_name nulls first""".formatted(TODAY))
                .setParameter(1, root).setParameter(2, Date.valueOf(from)).setParameter(3, Date.valueOf(to))
                .getResultList();
        return rows.stream().map(row -> {
            Object[] r = (Object[]) row;
            return new DisciplineRow(n(r[0]), r[1] == null ? null : n(r[1]), (String) r[2], (String) r[3], n(r[4]),
                    n(r[5]), n(r[6]), n(r[7]), n(r[8]));
        }).toList();
    }

    private static long n(Object value) {
        return ((Number) value).longValue();
    }
}
