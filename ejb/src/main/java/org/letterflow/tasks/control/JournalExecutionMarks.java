package org.letterflow.tasks.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.letterflow.platform.Row;
import org.letterflow.registration.control.ExecutionMarks;
import org.letterflow.registration.control.PrintedJournal;
import org.letterflow.registration.entity.JournalPeriod;

/**
 * The printed journal's execution columns, read from the resolutions, tasks and due dates this
 * component keeps: only the organisation's own resolutions on its letters (not those of recipients
 * the letter was forwarded to), and not a sub-task's resolution.
 */
@Dependent
public class JournalExecutionMarks implements ExecutionMarks {

    /** The journal's letters of the period (?1 the journal, ?2 and ?3 the days) and their own top resolutions r. */
    private static final String LETTERS = " join letter l on l.id = r.letter_id where l.journal_id = ?1"
            + " and l.registration_date between ?2 and ?3 and r.organisation_id = l.organisation_id"
            + " and r.parent_task_id is null";

    @PersistenceContext
    EntityManager em;

    /** One resolution on a letter: its text and who it is for. */
    private record ResolutionLine(long letterId, String text, String assignees) {
    }

    /** One due date of a task from a resolution on a letter, and whether its report was accepted (when). */
    private record DueLine(long letterId, LocalDate dueOn, boolean done, Instant decidedAt) {
    }

    @Override
    public Map<Long, PrintedJournal.Execution> of(long journalId, JournalPeriod period, ZoneId zone) {
        List<ResolutionLine> resolutions = rows("""
                select r.letter_id, r.text,
                       (select string_agg(coalesce(u.short_name, o.short_name), ', ' order by t.responsible desc, t.id)
                          from task t left join app_user u on u.id = t.assignee_user_id
                               left join organisation o on o.id = t.assignee_org_id
                         where t.resolution_id = r.id) as assignees
                  from resolution r""" + LETTERS + " order by r.letter_id, r.created_at, r.id", journalId, period)
                .stream().map(r -> new ResolutionLine(r.longValue("letter_id"), r.string("text"), r.string("assignees")))
                .toList();
        List<DueLine> dues = rows("""
                select r.letter_id, c.due_on, c.state, c.decided_at
                  from task_checkpoint c join task t on t.id = c.task_id join resolution r on r.id = t.resolution_id"""
                + LETTERS, journalId, period).stream()
                .map(r -> new DueLine(r.longValue("letter_id"), r.date("due_on"), "DONE".equals(r.string("state")),
                        r.instant("decided_at"))).toList();
        // each letter's lines once, not every list filtered again for every letter of the journal
        Map<Long, List<ResolutionLine>> resolutionsOf = resolutions.stream()
                .collect(Collectors.groupingBy(ResolutionLine::letterId));
        Map<Long, List<DueLine>> duesOf = dues.stream().collect(Collectors.groupingBy(DueLine::letterId));
        Set<Long> ids = new HashSet<>(resolutionsOf.keySet());
        ids.addAll(duesOf.keySet());
        Map<Long, PrintedJournal.Execution> executions = new HashMap<>();
        for (Long id : ids) {
            List<DueLine> mine = duesOf.getOrDefault(id, List.of());
            LocalDate lastDone = mine.stream().filter(DueLine::done).map(DueLine::decidedAt)
                    .filter(Objects::nonNull).max(Comparator.naturalOrder())
                    .map(at -> LocalDate.ofInstant(at, zone)).orElse(null);
            executions.put(id, new PrintedJournal.Execution(
                    resolutionsOf.getOrDefault(id, List.of()).stream()
                            .map(r -> r.text().strip() + (r.assignees() == null ? "" : " — " + r.assignees())).toList(),
                    mine.stream().map(DueLine::dueOn).toList(), mine.size(),
                    (int) mine.stream().filter(DueLine::done).count(), lastDone, List.of()));
        }
        return executions;
    }

    private List<Row> rows(String sql, long journalId, JournalPeriod period) {
        return Row.all(em.createNativeQuery(sql).setParameter(1, journalId)
                .setParameter(2, Date.valueOf(period.from())).setParameter(3, Date.valueOf(period.to())));
    }
}
