package org.letterflow.forwarding.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.letterflow.organisation.entity.OrganisationKind;
import org.letterflow.platform.BusinessException;
import org.letterflow.platform.Text;

/**
 * Turns a sender's choice of recipients into the job's list of organisations, in SQL, so that
 * "every school of the country" is one statement and not 85,000 round trips. Every organisation
 * picked by name or through a list must lie below the sender or be one of its allowed
 * correspondents; one that is neither refuses the whole sending.
 */
@Dependent
public class RecipientSet {

    private static final int NAMES_SHOWN = 5;

    @PersistenceContext
    EntityManager em;

    /** The members of the sender's own lists; an unknown list, or another organisation's, is refused. */
    public List<Long> members(long senderId, List<Long> lists) {
        if (lists.isEmpty()) {
            return List.of();
        }
        long own = ((Number) em.createNativeQuery("select count(*) from distribution_list where id = any(?1) and organisation_id = ?2")
                .setParameter(1, lists.toArray(Long[]::new)).setParameter(2, senderId).getSingleResult()).longValue();
        if (own != new HashSet<>(lists).size()) {
            throw BusinessException.invalid("lists", Text.DISTRIBUTION_LIST_NOT_IN_ORGANISATION);
        }
        return em.createNativeQuery("select distinct organisation_id from distribution_list_member where list_id = any(?1)")
                .setParameter(1, lists.toArray(Long[]::new)).getResultList().stream()
                .map(id -> ((Number) id).longValue()).toList();
    }

    /** Unknown organisations are a mistake in the request (400); ones outside the sender's reach are refused (403). */
    public void checkReach(long senderId, List<Long> picked) {
        if (picked.isEmpty()) {
            return;
        }
        Set<Long> wanted = new LinkedHashSet<>(picked);
        Long[] ids = wanted.toArray(Long[]::new);
        Set<Long> known = ids(em.createNativeQuery("select id from organisation where id = any(?1)")
                .setParameter(1, ids).getResultList());
        List<Long> unknown = wanted.stream().filter(id -> !known.contains(id)).toList();
        if (!unknown.isEmpty()) {
            throw BusinessException.invalid("recipients", Text.ORGANISATION_CODE_UNKNOWN, unknown.get(0));
        }
        // from each picked organisation up to the sender: those whose walk reaches it lie below it
        Set<Long> below = ids(em.createNativeQuery("""
                        with recursive up(start, id, parent_id) as (
                            select id, id, parent_id from organisation where id = any(?1) and id <> ?2
                            union all
                            select u.start, o.id, o.parent_id from organisation o join up u on o.id = u.parent_id
                             where u.id <> ?2
                        )
                        select distinct start from up where id = ?2
                        union
                        select correspondent_id from allowed_correspondent where organisation_id = ?2 and correspondent_id = any(?1)""")
                .setParameter(1, ids).setParameter(2, senderId).getResultList());
        List<Long> outside = wanted.stream().filter(id -> !below.contains(id)).toList();
        if (!outside.isEmpty()) {
            List<?> names = em.createNativeQuery("select short_name from organisation where id = any(?1) order by short_name limit "
                            + NAMES_SHOWN).setParameter(1, outside.toArray(Long[]::new)).getResultList();
            String shown = String.join(", ", names.stream().map(String::valueOf).toList());
            throw outside.size() > NAMES_SHOWN
                    ? BusinessException.forbidden(Text.RECIPIENTS_OUTSIDE_REACH_AND_MORE, shown,
                            outside.size() - NAMES_SHOWN)
                    : BusinessException.forbidden(Text.RECIPIENTS_OUTSIDE_REACH, shown);
        }
    }

    /** Writes the job's recipients, each once, numbered for the batches; returns how many. */
    public int write(long jobId, long senderId, List<Long> picked, boolean subordinates, OrganisationKind kind) {
        return em.createNativeQuery("""
                        insert into delivery_job_recipient (job_id, position, recipient_id)
                        with recursive below(id, kind) as (
                            select id, kind from organisation where parent_id = ?2 and cast(?4 as varchar) is not null
                            union all
                            select o.id, o.kind from organisation o join below b on o.parent_id = b.id
                        )
                        select ?1, row_number() over (order by id), id from (
                            select unnest(cast(?3 as bigint[])) as id
                            union
                            select id from organisation where parent_id = ?2 and cast(?5 as boolean)
                            union
                            select id from below where kind = cast(?4 as varchar)
                        ) chosen""")
                .setParameter(1, jobId).setParameter(2, senderId)
                .setParameter(3, picked.toArray(Long[]::new))
                .setParameter(4, kind == null ? null : kind.name())
                .setParameter(5, subordinates)
                .executeUpdate();
    }

    private static Set<Long> ids(List<?> rows) {
        Set<Long> result = new HashSet<>();
        rows.forEach(r -> result.add(((Number) r).longValue()));
        return result;
    }
}
