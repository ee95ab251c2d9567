package org.letterflow.registration.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.letterflow.registration.entity.Letter;
import org.letterflow.registration.entity.LetterLink;

/**
 * The links between letters (the letter a reply answers, the letter a cover letter re-issues),
 * written and read in one place; a linked letter the caller may not read is left out.
 */
@Dependent
public class LetterLinks {

    // in the linked letters' order, as replyTo lists them: the key's order, so no sort step
    private static final String LINKED = "select to_letter_id from letter_link where from_letter_id = ?1 and kind = ?2"
            + " order by to_letter_id";
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

    /**
     * Links a letter being created to the letters it answers, each once, and gives their rows in the
     * order {@link #linked} reads them back: its card is then complete without reading the links again.
     */
    public List<LetterRow> replyTo(Letter reply, List<Letter> answered) {
        Map<Long, Letter> byId = new TreeMap<>();
        answered.forEach(letter -> byId.put(letter.getId(), letter));
        byId.values().forEach(letter -> link(reply, letter, LetterLink.REPLY_TO));
        return byId.values().stream().map(LetterRow::of).toList();
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
