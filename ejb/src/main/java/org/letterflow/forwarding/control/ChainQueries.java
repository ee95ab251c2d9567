package org.letterflow.forwarding.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.sql.Timestamp;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.letterflow.forwarding.control.ChainNode;
import org.letterflow.forwarding.control.ChainRow;
import org.letterflow.forwarding.control.RollUp;
import org.letterflow.forwarding.entity.DeliveryState;
import org.letterflow.organisation.entity.OrganisationKind;

/**
 * The chain in SQL. Every delivery carries its top letter and the ids of the deliveries above it
 * ({@code ancestors}), so a viewer's part is "the deliveries of this top letter whose path passes
 * through one of these deliveries at this depth": one indexed read, no recursion, even for a letter
 * sent to 85,000 schools.
 */
@Dependent
public class ChainQueries {

    /**
     * A viewer's part of a chain: deliveries of {@code root} whose path element at {@code depth}
     * is one of the tops, i.e. the deliveries of {@code letter} or the single delivery {@code delivery}.
     */
    public record Scope(long root, int depth, Long letter, Long delivery) {

        public static Scope deliveriesOf(long root, int depth, long letter) {
            return new Scope(root, depth, letter, null);
        }

        public static Scope below(long root, int depth, long delivery) {
            return new Scope(root, depth, null, delivery);
        }

        /** The tops themselves. */
        String tops() {
            return letter != null ? "d.letter_id = " + letter : "d.id = " + delivery;
        }

        /**
         * The deliveries of the part, besides {@code d.root_letter_id = root}: for the top letter
         * itself, all of them; otherwise the tops and the deliveries with a top among their
         * ancestors (the GIN index on ancestors finds those).
         */
        String part() {
            if (letter != null && letter == root) {
                return "true";
            }
            return letter != null
                    ? "(d.letter_id = " + letter + " or d.ancestors && (select array_agg(id) from delivery where letter_id = "
                    + letter + "))"
                    : "(d.id = " + delivery + " or d.ancestors @> cast('{" + delivery + "}' as bigint[]))";
        }
    }

    /**
     * The id of the node a delivery belongs to at a depth (its path is its ancestors, then itself).
     * The depth is written into the SQL: EclipseLink mangles a parameter inside array brackets.
     */
    private static String branch(int depth) {
        return "(case when cardinality(d.ancestors) >= %d then d.ancestors[%d] when cardinality(d.ancestors) = %d then d.id end)"
                .formatted(depth, depth, depth - 1);
    }

    /** Not done by the due day as the recipient's calendar has it (its organisation is read only for a dated delivery). */
    private static final String OVERDUE = "(d.due_on is not null and d.state in ('DELIVERED', 'REGISTERED', 'ACKNOWLEDGED')"
            + " and d.due_on < (select cast(now() at time zone z.time_zone as date) from organisation z"
            + " where z.id = d.recipient_id))";

    private static final String COUNTS = """
            count(*),
            count(*) filter (where d.state in ('REGISTERED', 'ACKNOWLEDGED', 'EXECUTED')),
            count(*) filter (where d.state in ('ACKNOWLEDGED', 'EXECUTED')),
            count(*) filter (where d.state = 'EXECUTED'),
            count(*) filter (where d.state = 'RETURNED'),
            count(*) filter (where %s)""".formatted(OVERDUE);

    @PersistenceContext
    EntityManager em;

    /** Totals of the part, and per kind of recipient (the levels of the hierarchy). */
    public Map<OrganisationKind, RollUp> levels(Scope scope) {
        List<?> rows = em.createNativeQuery("select d.recipient_kind, " + COUNTS
                        + " from delivery d where d.root_letter_id = ?1 and " + scope.part()
                        + " group by d.recipient_kind")
                .setParameter(1, scope.root()).getResultList();
        Map<OrganisationKind, RollUp> levels = new EnumMap<>(OrganisationKind.class);
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            levels.put(OrganisationKind.valueOf((String) r[0]), rollUp(r, 1));
        }
        return levels;
    }

    public static RollUp total(Map<OrganisationKind, RollUp> levels) {
        return levels.values().stream().reduce(RollUp.NONE, RollUp::plus);
    }

    /** Up to this many nodes on a level are listed by name; a longer level in the tree's own order, which costs no sort. */
    public static final int SORTED_BY_NAME = 1000;

    /** The tops of the part, or the children of one node: a page. {@code count}: how many there are on the level. */
    public List<ChainNode> nodes(Scope scope, Long parent, int nodeDepth, long count, int offset, int limit) {
        String which = parent == null ? scope.tops() : "d.parent_id = " + parent;
        List<?> rows = em.createNativeQuery("""
                        select d.id, d.recipient_id, o.short_name, o.kind, s.short_name, d.state, %s, d.delivered_at,
                               d.due_on, d.registered_letter_id, r.registration_number, r.registration_date,
                               d.return_reason, (select count(*) from delivery c where c.parent_id = d.id),
                               x.id, x.registration_number, x.registration_date
                          from delivery d
                          join organisation o on o.id = d.recipient_id
                          join letter l on l.id = d.letter_id
                          join organisation s on s.id = l.organisation_id
                          left join letter r on r.id = d.registered_letter_id
                          left join lateral (select e.id, e.registration_number, e.registration_date
                                               from letter_link k join letter e on e.id = k.from_letter_id
                                              where k.to_letter_id = d.registered_letter_id and k.kind = 'REISSUE_OF'
                                                and e.registration_number is not null
                                              order by e.id limit 1) x on true
                         where %s
                         order by %s
                         offset %d limit %d""".formatted(OVERDUE, which,
                        count <= SORTED_BY_NAME ? "o.short_name, d.id" : "d.recipient_id",
                        Math.max(0, offset), Math.max(1, limit)))
                .getResultList();
        if (rows.isEmpty()) {
            return List.of();
        }
        Long[] ids = rows.stream().map(r -> ((Number) ((Object[]) r)[0]).longValue()).toArray(Long[]::new);
        Map<Long, RollUp> below = branches(scope.root(), nodeDepth, ids);
        return rows.stream().map(row -> {
            Object[] r = (Object[]) row;
            long id = ((Number) r[0]).longValue();
            return new ChainNode(id, ((Number) r[1]).longValue(), (String) r[2], OrganisationKind.valueOf((String) r[3]),
                    (String) r[4], DeliveryState.valueOf((String) r[5]), (Boolean) r[6], ((Timestamp) r[7]).toInstant(),
                    r[8] == null ? null : ((Date) r[8]).toLocalDate(),
                    r[9] == null ? null : ((Number) r[9]).longValue(), (String) r[10],
                    r[11] == null ? null : ((Date) r[11]).toLocalDate(), (String) r[12],
                    r[14] == null ? null : ((Number) r[14]).longValue(), (String) r[15],
                    r[16] == null ? null : ((Date) r[16]).toLocalDate(), ((Number) r[13]).longValue(),
                    below.getOrDefault(id, RollUp.NONE));
        }).toList();
    }

    /** Whether a delivery lies in the viewer's part. */
    public boolean inPart(Scope scope, long delivery) {
        return !em.createNativeQuery("select 1 from delivery d where d.id = ?2 and d.root_letter_id = ?1 and "
                        + scope.part())
                .setParameter(1, scope.root()).setParameter(2, delivery)
                .getResultList().isEmpty();
    }

    public long count(Scope scope, Long parent) {
        String which = parent == null ? scope.tops() : "d.parent_id = " + parent;
        return ((Number) em.createNativeQuery("select count(*) from delivery d where " + which).getSingleResult()).longValue();
    }

    /** Each node's branch: the node and every delivery below it. */
    private Map<Long, RollUp> branches(long root, int depth, Long[] nodes) {
        List<?> rows = em.createNativeQuery("select " + branch(depth) + " as branch, " + COUNTS
                        + " from delivery d where d.root_letter_id = ?1 and (d.id = any(?2) or d.ancestors && cast(?2 as bigint[])) group by 1")
                .setParameter(1, root).setParameter(2, nodes).getResultList();
        Map<Long, RollUp> result = new HashMap<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            result.put(((Number) r[0]).longValue(), rollUp(r, 1));
        }
        return result;
    }

    /** The whole part top-down, each delivery under the one it descends from, for an export. */
    public List<ChainRow> rows(Scope scope) {
        List<?> rows = em.createNativeQuery("""
                        select cardinality(d.ancestors) + 2 - ?2, s.short_name, o.short_name, o.kind, d.state, %s,
                               r.registration_number, r.registration_date, d.delivered_at, d.due_on, d.return_reason
                          from delivery d
                          join organisation o on o.id = d.recipient_id
                          join letter l on l.id = d.letter_id
                          join organisation s on s.id = l.organisation_id
                          left join letter r on r.id = d.registered_letter_id
                         where d.root_letter_id = ?1 and %s
                         order by d.ancestors || d.id""".formatted(OVERDUE, scope.part()))
                .setParameter(1, scope.root()).setParameter(2, scope.depth()).getResultList();
        return rows.stream().map(row -> {
            Object[] r = (Object[]) row;
            return new ChainRow(((Number) r[0]).intValue(), (String) r[1], (String) r[2],
                    OrganisationKind.valueOf((String) r[3]), DeliveryState.valueOf((String) r[4]), (Boolean) r[5],
                    (String) r[6], r[7] == null ? null : ((Date) r[7]).toLocalDate(), ((Timestamp) r[8]).toInstant(),
                    r[9] == null ? null : ((Date) r[9]).toLocalDate(), (String) r[10]);
        }).toList();
    }

    private static RollUp rollUp(Object[] r, int from) {
        return new RollUp(n(r[from]), n(r[from + 1]), n(r[from + 2]), n(r[from + 3]), n(r[from + 4]), n(r[from + 5]));
    }

    private static long n(Object value) {
        return ((Number) value).longValue();
    }
}
