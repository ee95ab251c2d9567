package org.letterflow.registration.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Objects;
import org.letterflow.registration.entity.Letter;
import org.letterflow.registration.entity.LetterLink;

/**
 * The links between letters (the letter a reply answers, the letter a cover letter re-issues),
 * written and read in one place; a linked letter the caller may not read is left out.
 */
@Dependent
public class LetterLinks {

    private static final String LINKED = "select to_letter_id from letter_link where from_letter_id = ?1 and kind = ?2";
    private static final String LINKED_TO = "select from_letter_id from letter_link where to_letter_id = ?1 and kind = ?2"
            + " order by from_letter_id";

    @PersistenceContext
    EntityManager em;

    @Inject
    LetterAccess access;

    /** Links {@code from} to {@code to}; a link already there stays as it is. */
    public void link(Letter from, Letter to, LetterLink kind) {
        em.createNativeQuery("insert into letter_link (from_letter_id, to_letter_id, kind) values (?1, ?2, ?3)"
                        + " on conflict do nothing")
                .setParameter(1, from.getId()).setParameter(2, to.getId()).setParameter(3, kind.name())
                .executeUpdate();
    }

    /** The letters this one links to (those it answers, the one it re-issues), each as its row. */
    public List<LetterRow> linked(Letter letter, LetterLink kind) {
        return rows(letter, LINKED, kind);
    }

    /** The other way round: the letters linked to this one (the letters that re-issue it). */
    public List<LetterRow> linkedTo(Letter letter, LetterLink kind) {
        return rows(letter, LINKED_TO, kind);
    }

    private List<LetterRow> rows(Letter letter, String sql, LetterLink kind) {
        List<?> ids = em.createNativeQuery(sql).setParameter(1, letter.getId()).setParameter(2, kind.name())
                .getResultList();
        return ids.stream().map(i -> em.find(Letter.class, ((Number) i).longValue()))
                .filter(Objects::nonNull).filter(access::mayRead).map(LetterRow::of).toList();
    }
}
