package org.letterflow.registration.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.letterflow.organisation.control.CurrentUser;
import org.letterflow.organisation.entity.User;
import org.letterflow.registration.control.ExecutionMarks;
import org.letterflow.registration.control.JournalAccess;
import org.letterflow.registration.control.LetterObligations;
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

    @Inject
    Instance<ExecutionMarks> marks;

    @Inject
    Instance<LetterObligations> obligations;

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

    /**
     * What became of the resolutions on the journal's letters of the period, with the dates the
     * letters themselves demand, per letter. Tasks and extraction stand on registration, so they are
     * asked through what registration declares; a deployment without them prints empty columns.
     */
    private Map<Long, PrintedJournal.Execution> executions(RegistrationJournal journal, JournalPeriod period) {
        Map<Long, PrintedJournal.Execution> executions = new HashMap<>(marks.isResolvable()
                ? marks.get().of(journal.getId(), period, journal.getOrganisation().getTimeZone()) : Map.of());
        if (obligations.isResolvable()) {
            obligations.get().dueDates(journal.getId(), period).forEach((letter, deadlines) -> executions.put(letter,
                    executions.getOrDefault(letter, PrintedJournal.Execution.NONE).withLetterDeadlines(deadlines)));
        }
        return executions;
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
