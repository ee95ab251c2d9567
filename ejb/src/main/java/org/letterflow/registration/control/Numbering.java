package org.letterflow.registration.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.letterflow.registration.entity.RegistrationJournal;

/**
 * Hands out a journal's numbers. The counter row of (journal, year) is locked by the update
 * until the registering transaction ends, so concurrent clerks queue for it: no duplicates, and
 * a failed registration rolls its number back, so no gaps either. Clerks of one journal therefore
 * take turns from the update to the commit; a caller takes the number as the last thing before
 * its commit, so the turn lasts a few statements, not a whole registration.
 */
@Dependent
public class Numbering {

    /** A number taken from a journal's sequence. */
    public record Issued(long sequence, int year, String number) {
    }

    /**
     * Takes journal ?1's next number of year ?2 and answers it; the row stays locked until commit.
     * Also the first part of the statement that registers a letter ({@link Filing#register}).
     */
    static final String TAKE = """
            update journal_counter set next_value = next_value + 1
             where journal_id = ?1 and year = ?2
            returning next_value - 1""";

    @PersistenceContext
    EntityManager em;

    /** The number the journal would give next, without taking it: what a person is shown instead of the template. */
    public String peek(RegistrationJournal journal, int year) {
        List<?> next = em.createNativeQuery("select next_value from journal_counter where journal_id = ?1 and year = ?2")
                .setParameter(1, journal.getId())
                .setParameter(2, year)
                .getResultList();
        return journal.number(next.isEmpty() ? 1 : ((Number) next.get(0)).longValue(), year);
    }

    /**
     * Makes sure the journal has its counter for the year. Only inserts when none is seen, so it
     * never waits for a clerk holding the counter (an insert that meets the locked row would).
     */
    public void open(RegistrationJournal journal, int year) {
        em.createNativeQuery("""
                        insert into journal_counter (journal_id, year)
                        select ?1, ?2 where not exists (select 1 from journal_counter where journal_id = ?1 and year = ?2)
                        on conflict do nothing""")
                .setParameter(1, journal.getId())
                .setParameter(2, year)
                .executeUpdate();
    }

    /** Takes the next number: locks the journal's counter until commit, so call it last (after {@link #open}). */
    public Issued next(RegistrationJournal journal, int year) {
        Number taken = (Number) em.createNativeQuery(TAKE)
                .setParameter(1, journal.getId())
                .setParameter(2, year)
                .getSingleResult();
        long sequence = taken.longValue();
        return new Issued(sequence, year, journal.number(sequence, year));
    }
}
