package org.letterflow.registration.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.letterflow.organisation.control.CurrentUser;

/**
 * Writes the directory of external correspondents as letters are registered: every name a clerk
 * registers a letter from or to is kept once per organisation, whatever its case. A control class,
 * not an EJB call of its own, since every registration of such a letter passes here.
 */
@Dependent
public class CorrespondentDirectory {

    /** The name already in the directory, whatever its case. */
    private static final String FOUND = "select id from correspondent where organisation_id = ?1 and lower(name) = lower(?2)";

    /** Adds the name, or finds it already there, in one statement. */
    private static final String REMEMBER = """
            with added as (
                insert into correspondent (organisation_id, name) values (?1, ?2) on conflict do nothing returning id)
            select id from added
            union all
            """ + FOUND + " limit 1";

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser caller;

    /** Keeps the name in the caller's organisation's directory (once, whatever its case) and answers its id. */
    public Long remember(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String clean = name.strip();
        List<?> id = query(REMEMBER, clean);
        // empty only when another clerk added the name after this statement began: its snapshot misses that
        // row, the next statement's sees it
        return ((Number) (id.isEmpty() ? query(FOUND, clean) : id).get(0)).longValue();
    }

    private List<?> query(String sql, String name) {
        return em.createNativeQuery(sql).setParameter(1, caller.organisationId()).setParameter(2, name).getResultList();
    }
}
