package org.letterflow.extraction.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.letterflow.platform.Row;
import org.letterflow.registration.control.LetterObligations;
import org.letterflow.registration.entity.JournalPeriod;

/** The dates the journal's letters demand, as this component keeps them (extracted or typed on the card). */
@Dependent
public class JournalObligations implements LetterObligations {

    @PersistenceContext
    EntityManager em;

    @Override
    public Map<Long, List<LocalDate>> dueDates(long journalId, JournalPeriod period) {
        return Row.all(em.createNativeQuery("select d.letter_id, d.due_on from letter_deadline d"
                        + " join letter l on l.id = d.letter_id where l.journal_id = ?1"
                        + " and l.registration_date between ?2 and ?3")
                        .setParameter(1, journalId).setParameter(2, Date.valueOf(period.from()))
                        .setParameter(3, Date.valueOf(period.to())))
                .stream().collect(Collectors.groupingBy(r -> r.longValue("letter_id"), LinkedHashMap::new,
                        Collectors.mapping(r -> r.date("due_on"), Collectors.toList())));
    }
}
