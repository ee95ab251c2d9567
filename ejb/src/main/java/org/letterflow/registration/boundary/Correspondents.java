package org.letterflow.registration.boundary;

import org.letterflow.platform.Like;
import org.letterflow.platform.Row;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import org.letterflow.organisation.control.CurrentUser;
import org.letterflow.registration.control.CorrespondentDirectory;

/**
 * The organisation's directory of external correspondents: every name a clerk has registered a
 * letter from or to is remembered ({@link CorrespondentDirectory}, as the letter is written), and
 * offered again as they type, beside the organisations of the tree.
 */
@Stateless
public class Correspondents {

    /** A name to offer: from the directory, or an organisation of the tree (with its id). */
    public record Suggestion(String name, Long organisationId) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser caller;

    /** Up to 15 names containing what was typed, directory first. */
    public List<Suggestion> suggest(String typed) {
        String pattern = Like.containing(typed);
        List<Suggestion> found = new ArrayList<>();
        for (Object name : em.createNativeQuery("select name from correspondent where organisation_id = ?1"
                        + " and lower(name) like ?2 order by name limit 15")
                .setParameter(1, caller.organisationId()).setParameter(2, pattern).getResultList()) {
            found.add(new Suggestion((String) name, null));
        }
        for (Row c : Row.all(em.createNativeQuery("select id, full_name from organisation where lower(full_name) like ?1"
                        + " or lower(short_name) like ?1 order by full_name limit ?2")
                .setParameter(1, pattern).setParameter(2, Math.max(0, 15 - found.size())))) {
            found.add(new Suggestion(c.string("full_name"), c.longValue("id")));
        }
        return found;
    }
}
