package org.letterflow.registration.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.letterflow.organisation.control.CurrentUser;
import org.letterflow.organisation.entity.User;
import org.letterflow.platform.Row;
import org.letterflow.registration.control.JournalAccess;
import org.letterflow.registration.control.LetterSearch;
import org.letterflow.registration.control.PrintedJournal;
import org.letterflow.registration.entity.Direction;
import org.letterflow.registration.entity.JournalPeriod;
import org.letterflow.registration.entity.Letter;
import org.letterflow.registration.entity.RegistrationJournal;

/** A registration journal printed over a period, with what became of its letters' resolutions. */
@Stateless
public class JournalPrints {

    private static final Logger LOG = Logger.getLogger(JournalPrints.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser caller;

    @Inject
    JournalAccess journals;

    /**
     * The printed journal over a period: the letters entered in it on those days that the caller
     * may read — a restricted (ДСП) letter only for its registering clerk and its named readers,
     * as the list of letters shows them — with what became of the resolutions on them.
     */
    public PrintedJournal printed(long journalId, JournalPeriod period) {
        RegistrationJournal journal = journals.own(journalId);
        User me = caller.get();
        Set<Long> readable = new HashSet<>();
        em.createNativeQuery("select l.id from letter l where l.journal_id = ?1 and l.organisation_id = ?4"
                        + " and l.registration_date between ?5 and ?6 and " + LetterSearch.readable(2, 3))
                .setParameter(1, journal.getId()).setParameter(2, me.getLogin()).setParameter(3, me.getId())
                .setParameter(4, journal.getOrganisation().getId()).setParameter(5, Date.valueOf(period.from()))
                .setParameter(6, Date.valueOf(period.to())).getResultList()
                .forEach(id -> readable.add(((Number) id).longValue()));
        List<Letter> letters = em.createQuery("select l from Letter l where l.journal = :journal"
                        + " and l.registrationDate between :from and :to", Letter.class)
                .setParameter("journal", journal).setParameter("from", period.from()).setParameter("to", period.to())
                .getResultStream().filter(l -> readable.contains(l.getId())).toList();
        Map<Long, PrintedJournal.Execution> executions = journal.getDirection() == Direction.INCOMING
                ? executions(journal, period) : Map.of();
        LOG.info(() -> "Journal " + journalId + " printed " + period.printed() + " for " + me.getLogin() + ": "
                + letters.size() + " letters");
        return PrintedJournal.of(journal, period, letters,
                l -> executions.getOrDefault(l.getId(), PrintedJournal.Execution.NONE));
    }

    /** One resolution on a letter: its text and who it is for. */
    private record ResolutionLine(long letterId, String text, String assignees) {
    }

    /** One due date of a task from a resolution on a letter, and whether its report was accepted (when). */
    private record DueLine(long letterId, LocalDate dueOn, boolean done, java.time.Instant decidedAt) {
    }

    /** A date the letter itself demands (extracted or typed on the card). */
    private record Deadline(long letterId, LocalDate dueOn) {
    }

    /**
     * The organisation's own resolutions on the journal's letters of the period, their due dates and
     * the letters' deadlines, per letter. Read from the tasks' and extraction's tables: they build on
     * registration, so registration may not call them.
     */
    private Map<Long, PrintedJournal.Execution> executions(RegistrationJournal journal, JournalPeriod period) {
        String letters = " join letter l on l.id = r.letter_id where l.journal_id = ?1"
                + " and l.registration_date between ?2 and ?3 and r.organisation_id = l.organisation_id"
                + " and r.parent_task_id is null";
        List<ResolutionLine> resolutions = rows("""
                select r.letter_id, r.text,
                       (select string_agg(coalesce(u.short_name, o.short_name), ', ' order by t.responsible desc, t.id)
                          from task t left join app_user u on u.id = t.assignee_user_id
                               left join organisation o on o.id = t.assignee_org_id
                         where t.resolution_id = r.id) as assignees
                  from resolution r""" + letters + " order by r.letter_id, r.created_at, r.id", journal, period)
                .stream().map(r -> new ResolutionLine(r.longValue("letter_id"), r.string("text"), r.string("assignees")))
                .toList();
        List<DueLine> dues = rows("""
                select r.letter_id, c.due_on, c.state, c.decided_at
                  from task_checkpoint c join task t on t.id = c.task_id join resolution r on r.id = t.resolution_id"""
                + letters, journal, period).stream()
                .map(r -> new DueLine(r.longValue("letter_id"), r.date("due_on"), "DONE".equals(r.string("state")),
                        r.instant("decided_at"))).toList();
        List<Deadline> deadlines = rows("select d.letter_id, d.due_on from letter_deadline d"
                + " join letter l on l.id = d.letter_id where l.journal_id = ?1 and l.registration_date between ?2 and ?3",
                journal, period).stream()
                .map(r -> new Deadline(r.longValue("letter_id"), r.date("due_on"))).toList();
        ZoneId zone = journal.getOrganisation().getTimeZone();
        Set<Long> ids = new HashSet<>();
        resolutions.forEach(r -> ids.add(r.letterId()));
        dues.forEach(d -> ids.add(d.letterId()));
        deadlines.forEach(d -> ids.add(d.letterId()));
        Map<Long, PrintedJournal.Execution> executions = new HashMap<>();
        for (Long id : ids) {
            List<DueLine> mine = dues.stream().filter(d -> d.letterId() == id).toList();
            LocalDate lastDone = mine.stream().filter(DueLine::done).map(DueLine::decidedAt)
                    .filter(java.util.Objects::nonNull).max(java.util.Comparator.naturalOrder())
                    .map(at -> LocalDate.ofInstant(at, zone)).orElse(null);
            executions.put(id, new PrintedJournal.Execution(
                    resolutions.stream().filter(r -> r.letterId() == id)
                            .map(r -> r.text().strip() + (r.assignees() == null ? "" : " — " + r.assignees())).toList(),
                    mine.stream().map(DueLine::dueOn).toList(), mine.size(),
                    (int) mine.stream().filter(DueLine::done).count(), lastDone,
                    deadlines.stream().filter(d -> d.letterId() == id).map(Deadline::dueOn).toList()));
        }
        return executions;
    }

    private List<Row> rows(String sql, RegistrationJournal journal, JournalPeriod period) {
        return Row.all(em.createNativeQuery(sql).setParameter(1, journal.getId())
                .setParameter(2, Date.valueOf(period.from())).setParameter(3, Date.valueOf(period.to())));
    }

    /**
     * The period of a print the caller asks for, read only once the journal is known to be the
     * caller's own: another organisation's journal is "not found" whatever period comes with it.
     */
    public JournalPeriod printPeriod(long journalId, String from, String to) {
        journals.own(journalId);
        return JournalPeriod.parse(from, to);
    }
}
