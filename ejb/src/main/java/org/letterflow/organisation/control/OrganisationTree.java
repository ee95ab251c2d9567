package org.letterflow.organisation.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.letterflow.organisation.entity.Organisation;
import org.letterflow.organisation.entity.User;
import org.letterflow.platform.Like;

/**
 * Questions about the shape of the tree, answered by recursive SQL over parent_id so they stay
 * fast on the full-size tree (about 85,000 organisations).
 */
@Dependent
public class OrganisationTree {

    private static final String SUBTREE = """
            with recursive subtree(id) as (
                select id from organisation where id = ?1
                union all
                select o.id from organisation o join subtree s on o.parent_id = s.id
            )
            """;

    @PersistenceContext
    EntityManager em;

    /** The organisation and everything below it, ordered for a stable display. */
    @SuppressWarnings("unchecked")
    public List<Organisation> subtree(long rootId) {
        return em.createNativeQuery(SUBTREE
                        + "select o.* from organisation o join subtree s on o.id = s.id order by o.kind, o.short_name",
                        Organisation.class)
                .setParameter(1, rootId)
                .getResultList();
    }

    /** Whether anything is below the organisation: a school has nobody to pass a letter down to. */
    public boolean hasSubordinates(long organisationId) {
        return !em.createNativeQuery("select 1 from organisation where parent_id = ?1 limit 1")
                .setParameter(1, organisationId).getResultList().isEmpty();
    }

    /** Organisations strictly below the root whose name contains the text, by name. */
    @SuppressWarnings("unchecked")
    public List<Organisation> search(long rootId, String text, int limit) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return em.createNativeQuery(SUBTREE + """
                        select o.* from organisation o join subtree s on s.id = o.id
                         where o.id <> ?1 and (lower(o.short_name) like ?2 or lower(o.full_name) like ?2)
                         order by o.short_name limit ?3""", Organisation.class)
                .setParameter(1, rootId).setParameter(2, Like.containing(text))
                .setParameter(3, Math.min(Math.max(limit, 1), 50)).getResultList();
    }

    /** Of these organisations, the ones that have organisations under them. */
    public Set<Long> parentsAmong(List<Long> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        List<?> parents = em.createNativeQuery("select distinct parent_id from organisation where parent_id = any(?1)")
                .setParameter(1, ids.toArray(Long[]::new))
                .getResultList();
        Set<Long> result = new HashSet<>();
        parents.forEach(id -> result.add(((Number) id).longValue()));
        return result;
    }

    /** The users of the organisation and of every organisation below it, by name. */
    @SuppressWarnings("unchecked")
    public List<User> usersBelow(long rootId) {
        return em.createNativeQuery(SUBTREE
                        + "select u.* from app_user u join subtree s on u.organisation_id = s.id order by u.full_name",
                        User.class)
                .setParameter(1, rootId)
                .getResultList();
    }

    /** Whether {@code candidateId} is {@code rootId} or lies below it: a walk up, as long as the depth. */
    public boolean contains(long rootId, long candidateId) {
        if (rootId == candidateId) {
            return true; // the caller's own organisation, most requests' case: no walk
        }
        Number found = (Number) em.createNativeQuery("""
                        with recursive ancestors(id, parent_id) as (
                            select id, parent_id from organisation where id = ?2
                            union all
                            select o.id, o.parent_id from organisation o join ancestors a on o.id = a.parent_id
                        )
                        select count(*) from ancestors where id = ?1
                        """)
                .setParameter(1, rootId)
                .setParameter(2, candidateId)
                .getSingleResult();
        return found.longValue() > 0;
    }
}
