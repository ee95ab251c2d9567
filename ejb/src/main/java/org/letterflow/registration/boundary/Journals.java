package org.letterflow.registration.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.letterflow.organisation.boundary.OrganisationCreated;
import org.letterflow.organisation.control.CurrentUser;
import org.letterflow.organisation.entity.Organisation;
import org.letterflow.organisation.entity.User;
import org.letterflow.platform.BusinessException;
import org.letterflow.platform.Text;
import org.letterflow.platform.Row;
import org.letterflow.registration.control.LetterSearch;
import org.letterflow.registration.control.Numbering;
import org.letterflow.registration.control.PrintedJournal;
import org.letterflow.registration.entity.Direction;
import org.letterflow.registration.entity.JournalPeriod;
import org.letterflow.registration.entity.Letter;
import org.letterflow.registration.entity.NumberTemplate;
import org.letterflow.registration.entity.RegistrationJournal;

/** The registration journals of the caller's organisation, and numbers taken out of them. */
@Stateless
public class Journals {

    private static final Logger LOG = Logger.getLogger(Journals.class.getName());

    /** A number an administrator took out of a journal's sequence, and why. */
    public record WithheldNumber(String number, int year, long sequence, String kind, String reason, String by,
                                 @Schema(type = SchemaType.STRING, format = "date-time") java.time.Instant at) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser caller;

    @Inject
    Numbering numbering;

    @Inject
    Clock clock;

    public List<RegistrationJournal> mine() {
        return em.createNamedQuery(RegistrationJournal.OF_ORGANISATION, RegistrationJournal.class)
                .setParameter("organisation", caller.organisationId()).getResultList();
    }

    /** Today in the caller's organisation: the end of the period a printed journal is offered for. */
    public LocalDate today() {
        return caller.today();
    }

    /** A sample of the journal's next number this year ("Вх-38"): templates are not for clerks' eyes. */
    public String nextNumber(RegistrationJournal journal) {
        return numbering.peek(journal, journal.getOrganisation().today(clock).getYear());
    }

    @RolesAllowed("ADMIN")
    public RegistrationJournal create(Direction direction, String name, String template) {
        if (direction == null || name == null || name.isBlank()) {
            throw BusinessException.invalid("name", Text.JOURNAL_NAME_MISSING);
        }
        RegistrationJournal journal = new RegistrationJournal(caller.get().getOrganisation(), direction, name,
                template(template));
        em.persist(journal);
        return journal;
    }

    /**
     * Takes the next number out of the sequence: skipped for good, or reserved for a letter to be
     * registered under it later. Either needs a reason, and both appear in the report.
     */
    @RolesAllowed("ADMIN")
    public WithheldNumber withhold(long journalId, boolean reserve, String reason) {
        if (reason == null || reason.isBlank()) {
            throw BusinessException.invalid("reason", Text.JOURNAL_SKIP_REASON_MISSING);
        }
        RegistrationJournal journal = own(journalId);
        int year = journal.getOrganisation().today(clock).getYear();
        numbering.open(journal, year);
        Numbering.Issued number = numbering.next(journal, year);
        String kind = reserve ? "RESERVED" : "SKIPPED";
        String by = caller.get().getLogin();
        em.createNativeQuery("""
                        insert into withheld_number (journal_id, year, sequence, number, kind, reason, withheld_by, withheld_at)
                        values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)""")
                .setParameter(1, journal.getId()).setParameter(2, year).setParameter(3, number.sequence())
                .setParameter(4, number.number()).setParameter(5, kind).setParameter(6, reason.strip())
                .setParameter(7, by).setParameter(8, java.sql.Timestamp.from(clock.instant()))
                .executeUpdate();
        LOG.info(() -> "Number " + number.number() + " of journal " + journalId + " " + kind + " by " + by);
        return new WithheldNumber(number.number(), year, number.sequence(), kind, reason.strip(), by, clock.instant());
    }

    /** The report of numbers skipped or reserved in a journal. */
    public List<WithheldNumber> withheld(long journalId) {
        own(journalId);
        return Row.all(em.createNativeQuery("""
                        select number, year, sequence, kind, reason, withheld_by, withheld_at
                          from withheld_number where journal_id = ?1 order by year desc, sequence""")
                .setParameter(1, journalId)).stream()
                .map(r -> new WithheldNumber(r.string("number"), r.intValue("year"), r.longValue("sequence"),
                        r.string("kind"), r.string("reason"), r.string("withheld_by"), r.instant("withheld_at")))
                .toList();
    }

    /**
     * The printed journal over a period: the letters entered in it on those days that the caller
     * may read — a restricted (ДСП) letter only for its registering clerk and its named readers,
     * as the list of letters shows them — with what became of the resolutions on them.
     */
    public PrintedJournal printed(long journalId, JournalPeriod period) {
        RegistrationJournal journal = own(journalId);
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
        own(journalId);
        return JournalPeriod.parse(from, to);
    }

    /** A journal of the caller's organisation; any other answers "not found". */
    private RegistrationJournal own(long journalId) {
        RegistrationJournal journal = em.find(RegistrationJournal.class, journalId);
        if (journal == null || !journal.getOrganisation().getId().equals(caller.organisationId())) {
            throw BusinessException.notFound(Text.JOURNAL_NOT_FOUND);
        }
        return journal;
    }

    /** Every new organisation starts with an incoming and an outgoing journal. */
    public void openDefaultJournals(@Observes OrganisationCreated created) {
        Organisation organisation = em.find(Organisation.class, created.id());
        em.persist(new RegistrationJournal(organisation, Direction.INCOMING, Text.JOURNAL_DEFAULT_INCOMING.format(),
                NumberTemplate.of(Text.JOURNAL_DEFAULT_INCOMING_NUMBER.format())));
        em.persist(new RegistrationJournal(organisation, Direction.OUTGOING, Text.JOURNAL_DEFAULT_OUTGOING.format(),
                NumberTemplate.of(Text.JOURNAL_DEFAULT_OUTGOING_NUMBER.format())));
    }

    private static NumberTemplate template(String pattern) {
        try {
            return NumberTemplate.of(pattern);
        } catch (IllegalArgumentException e) {
            throw BusinessException.invalid("template", e.getMessage());
        }
    }
}
