package org.letterflow.forwarding.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.letterflow.forwarding.entity.DeliveryState;
import org.letterflow.organisation.entity.OrganisationKind;
import org.letterflow.platform.Row;

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

        /** The tops themselves: the condition on {@code d}, its value bound by {@link #bindTops}. */
        String tops(int parameter) {
            return (letter != null ? "d.letter_id = ?" : "d.id = ?") + parameter;
        }

        Query bindTops(Query query, int parameter) {
            return query.setParameter(parameter, letter != null ? letter : delivery);
        }

        /**
         * The deliveries of the part, besides {@code d.root_letter_id = root}: for the top letter
         * itself, all of them; otherwise the tops and the deliveries with a top among their
         * ancestors (the GIN index on ancestors finds those). Three shapes of SQL, not one with ORs,
         * so that each keeps its index; the value is bound by {@link #bindPart} as the last parameter.
         */
        String part(int parameter) {
            if (wholeChain()) {
                return "true";
            }
            return letter != null
                    ? "(d.letter_id = ?" + parameter + " or d.ancestors && (select array_agg(id) from delivery where letter_id = ?"
                    + parameter + "))"
                    : "(d.id = ?" + parameter + " or d.ancestors @> cast(?" + (parameter + 1) + " as bigint[]))";
        }

        Query bindPart(Query query, int parameter) {
            if (wholeChain()) {
                return query;
            }
            return letter != null ? query.setParameter(parameter, letter)
                    : query.setParameter(parameter, delivery).setParameter(parameter + 1, new Long[] {delivery});
        }

        private boolean wholeChain() {
            return letter != null && letter == root;
        }
    }

    /**
     * The id of the node a delivery belongs to at depth {@code p.depth} (its path is its ancestors,
     * then itself). The depth comes in as a one-row table {@code p}, bound as a parameter: EclipseLink
     * mangles a parameter written inside array brackets.
     */
    private static final String BRANCH = "(case when cardinality(d.ancestors) >= p.depth then d.ancestors[p.depth]"
            + " when cardinality(d.ancestors) = p.depth - 1 then d.id end)";

    /**
     * Not done by the due day as the recipient's calendar has it: today from the one clock, whose
     * instant every chain query binds as ?1, in the recipient's zone (its organisation is read only
     * for a dated delivery).
     */
    private static final String OVERDUE = "(d.due_on is not null and d.state in ('DELIVERED', 'REGISTERED', 'ACKNOWLEDGED')"
            + " and d.due_on < (select cast(cast(?1 as timestamptz) at time zone z.time_zone as date) from organisation z"
            + " where z.id = d.recipient_id))";

    private static final String COUNTS = """
            count(*) as received,
            count(*) filter (where d.state in ('REGISTERED', 'ACKNOWLEDGED', 'EXECUTED')) as registered,
            count(*) filter (where d.state in ('ACKNOWLEDGED', 'EXECUTED')) as acknowledged,
            count(*) filter (where d.state = 'EXECUTED') as executed,
            count(*) filter (where d.state = 'RETURNED') as returned,
            count(*) filter (where\s""" + OVERDUE + ") as overdue";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** A chain query with the clock's instant bound as ?1. */
    private Query query(String sql) {
        return em.createNativeQuery(sql).setParameter(1, Timestamp.from(clock.instant()));
    }

    /** Totals of the part, and per kind of recipient (the levels of the hierarchy). */
    public Map<OrganisationKind, RollUp> levels(Scope scope) {
        Query query = query("select d.recipient_kind, " + COUNTS
                + " from delivery d where d.root_letter_id = ?2 and " + scope.part(3)
                + " group by d.recipient_kind").setParameter(2, scope.root());
        Map<OrganisationKind, RollUp> levels = new EnumMap<>(OrganisationKind.class);
        for (Row r : Row.all(scope.bindPart(query, 3))) {
            levels.put(r.enumValue("recipient_kind", OrganisationKind.class), rollUp(r));
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
        Query query = query("""
                        select d.id, d.recipient_id, o.short_name as recipient, o.kind, s.short_name as sender, d.state,
                        """ + OVERDUE + """
                                as overdue, d.delivered_at,
                               d.due_on, d.registered_letter_id, r.registration_number, r.registration_date,
                               d.return_reason, (select count(*) from delivery c where c.parent_id = d.id) as children,
                               x.id as reissued_letter, x.registration_number as reissued_number,
                               x.registration_date as reissued_date
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
                         where\s""" + (parent == null ? scope.tops(2) : "d.parent_id = ?2")
                        + (count <= SORTED_BY_NAME ? " order by o.short_name, d.id" : " order by d.recipient_id")
                        + " offset ?3 limit ?4")
                .setParameter(3, Math.max(0, offset)).setParameter(4, Math.max(1, limit));
        List<Row> rows = Row.all(parent == null ? scope.bindTops(query, 2) : query.setParameter(2, parent));
        if (rows.isEmpty()) {
            return List.of();
        }
        Long[] ids = rows.stream().map(r -> r.longValue("id")).toArray(Long[]::new);
        Long[] parents = rows.stream().filter(r -> r.longValue("children") > 0).map(r -> r.longValue("id")).toArray(Long[]::new);
        Map<Long, RollUp> below = branches(scope.root(), nodeDepth, ids, parents);
        return rows.stream().map(r -> new ChainNode(r.longValue("id"), r.longValue("recipient_id"), r.string("recipient"),
                r.enumValue("kind", OrganisationKind.class), r.string("sender"), r.enumValue("state", DeliveryState.class),
                r.flag("overdue"), r.instant("delivered_at"), r.date("due_on"), r.longOrNull("registered_letter_id"),
                r.string("registration_number"), r.date("registration_date"), r.string("return_reason"),
                r.longOrNull("reissued_letter"), r.string("reissued_number"), r.date("reissued_date"),
                r.longValue("children"), below.getOrDefault(r.longValue("id"), RollUp.NONE))).toList();
    }

    /** Whether a delivery lies in the viewer's part. */
    public boolean inPart(Scope scope, long delivery) {
        Query query = em.createNativeQuery("select 1 from delivery d where d.id = ?2 and d.root_letter_id = ?1 and "
                        + scope.part(3))
                .setParameter(1, scope.root()).setParameter(2, delivery);
        return !scope.bindPart(query, 3).getResultList().isEmpty();
    }

    public long count(Scope scope, Long parent) {
        Query query = em.createNativeQuery("select count(*) from delivery d where "
                + (parent == null ? scope.tops(1) : "d.parent_id = ?1"));
        return ((Number) (parent == null ? scope.bindTops(query, 1) : query.setParameter(1, parent)).getSingleResult())
                .longValue();
    }

    /**
     * Each node's branch: the node and every delivery below it. Only the nodes that have children
     * ({@code parents}) are looked up below: the planner cannot tell how few deliveries an overlap
     * with a hundred ids finds and read the whole table for it (45–100 ms on the country's chain,
     * whose nodes, schools, have none), while the nodes themselves are a hundred reads of the key.
     */
    private Map<Long, RollUp> branches(long root, int depth, Long[] nodes, Long[] parents) {
        String below = parents.length == 0 ? ""
                : " union all select " + BRANCH + " as branch, d.state, d.due_on, d.recipient_id"
                + " from delivery d cross join (select cast(?4 as int) as depth) p"
                + " where d.root_letter_id = ?2 and d.ancestors && cast(?5 as bigint[])";
        Query query = query("select d.branch, " + COUNTS + " from (select d.id as branch, d.state, d.due_on, d.recipient_id"
                        + " from delivery d where d.root_letter_id = ?2 and d.id = any(?3)" + below + ") d group by 1")
                .setParameter(2, root).setParameter(3, nodes);
        if (parents.length > 0) {
            query.setParameter(4, depth).setParameter(5, parents);
        }
        Map<Long, RollUp> result = new HashMap<>();
        for (Row r : Row.all(query)) {
            result.put(r.longValue("branch"), rollUp(r));
        }
        return result;
    }

    /** The whole part top-down, each delivery under the one it descends from, for an export. */
    public List<ChainRow> rows(Scope scope) {
        Query query = query("""
                        select cardinality(d.ancestors) + 2 - ?2 as level, s.short_name as sender, o.short_name as recipient,
                               o.kind, d.state,
                        """ + OVERDUE + """
                                as overdue,
                               r.registration_number, r.registration_date, d.delivered_at, d.due_on, d.return_reason
                          from delivery d
                          join organisation o on o.id = d.recipient_id
                          join letter l on l.id = d.letter_id
                          join organisation s on s.id = l.organisation_id
                          left join letter r on r.id = d.registered_letter_id
                         where d.root_letter_id = ?3 and\s""" + scope.part(4) + """

                         order by d.ancestors || d.id""")
                .setParameter(2, scope.depth()).setParameter(3, scope.root());
        return Row.all(scope.bindPart(query, 4)).stream().map(r -> new ChainRow(r.intValue("level"), r.string("sender"),
                r.string("recipient"), r.enumValue("kind", OrganisationKind.class), r.enumValue("state", DeliveryState.class),
                r.flag("overdue"), r.string("registration_number"), r.date("registration_date"), r.instant("delivered_at"),
                r.date("due_on"), r.string("return_reason"))).toList();
    }

    private static RollUp rollUp(Row r) {
        return new RollUp(r.longValue("received"), r.longValue("registered"), r.longValue("acknowledged"),
                r.longValue("executed"), r.longValue("returned"), r.longValue("overdue"));
    }
}
