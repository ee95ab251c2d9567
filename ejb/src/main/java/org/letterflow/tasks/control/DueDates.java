package org.letterflow.tasks.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import org.letterflow.platform.Conditions;
import org.letterflow.platform.ListSort;
import org.letterflow.platform.ResultPage;
import org.letterflow.platform.Row;
import org.letterflow.tasks.entity.CheckpointState;

/**
 * Due dates of tasks as rows of a list (Мои поручения, На контроле, a line of the discipline report).
 * Overdue and due soon are judged against today in the assignee's organisation, whose calendar the
 * due dates follow: the injected clock's instant (bound as ?1) in that organisation's time zone.
 */
@Dependent
public class DueDates {

    /** What a row shows; the caller's organisation is ?2 (for ownLetter), the clock's instant ?1. */
    private static final String SELECT = """
            select t.id as task, c.id as checkpoint, c.position,
                   (select count(*) from task_checkpoint x where x.task_id = t.id) as checkpoints,
                   l.id as letter, l.registration_number, l.subject, r.text as resolution, a.short_name as author,
                   coalesce(u.short_name, o.short_name) as assignee, c.due_on, c.state,
                   c.state <> 'DONE' and c.due_on < cast(cast(?1 as timestamptz) at time zone h.time_zone as date)
                       as overdue,
                   c.state = 'OPEN' and c.due_on between cast(cast(?1 as timestamptz) at time zone h.time_zone as date)
                       and cast(cast(?1 as timestamptz) at time zone h.time_zone as date) + 3 as due_soon,
                   c.returned_comment, l.organisation_id = ?2 as own_letter, c.report
            """;

    private static final String JOINS = """
              join resolution r on r.id = t.resolution_id
              join letter l on l.id = r.letter_id
              join app_user a on a.id = r.author_id
              join task_checkpoint c on c.task_id = t.id
              left join app_user u on u.id = t.assignee_user_id
              left join organisation o on o.id = t.assignee_org_id
              join organisation h on h.id = coalesce(u.organisation_id, t.assignee_org_id)
            """;

    /** The discipline report's line: every due date of the period, earliest first. */
    private static final String ORDER = """
             order by c.due_on, t.id, c.position
             limit 1000""";

    /** The listing's parameters come after the lists' own (?1 to ?4). */
    private static final int FILTERS = 5;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /**
     * A page of the due dates of a user's tasks and, for a clerk ({@code clerk}), of their
     * organisation's, filtered and sorted in the query; each branch an index lookup: an OR across
     * the two columns would read every task.
     */
    public ResultPage<TaskRow> assigned(long user, long organisation, boolean clerk, TaskListing listing, ListSort sort,
                                        int offset, int limit) {
        String tasks = """
                  from (select * from task where assignee_user_id = ?3 union all
                        select * from task where assignee_org_id = ?2 and ?4) t
                """;
        return page(tasks, listing, sort, offset, limit, q -> q.setParameter(2, organisation).setParameter(3, user)
                .setParameter(4, clerk));
    }

    /** A page of the due dates of the tasks of a controller's resolutions. */
    public ResultPage<TaskRow> controlled(long author, long organisation, TaskListing listing, ListSort sort, int offset,
                                          int limit) {
        String tasks = """
                  from (select t.* from task t join resolution x on x.id = t.resolution_id where x.author_id = ?3) t
                """;
        return page(tasks, listing, sort, offset, limit, q -> q.setParameter(2, organisation).setParameter(3, author));
    }

    /**
     * The count of a list and one page of it, from the same tasks, joins and conditions. Offset and
     * limit are bound too; the order comes from the listing's whitelist of columns.
     */
    private ResultPage<TaskRow> page(String tasks, TaskListing listing, ListSort sort, int offset, int limit,
                                     UnaryOperator<Query> owner) {
        Conditions where = listing.where(FILTERS);
        String filtered = tasks + JOINS + " where true" + where.sql();
        int first = Math.max(0, offset);
        int size = Math.max(1, limit);
        // the owner binds its own parameters whether or not the count reads each (EclipseLink takes
        // from the values only the placeholders a query has)
        long total = ((Number) where.bind(owner.apply(em.createNativeQuery("select count(*)" + filtered)))
                .getSingleResult()).longValue();
        List<TaskRow> items = rows(where.bind(owner.apply(em.createNativeQuery(SELECT + filtered
                + TaskListing.COLUMNS.orderBy(sort) + where.page(first, size)))));
        return new ResultPage<>(items, total, true, first, size);
    }

    /**
     * The due dates in a period of an organisation's tasks and its people's, or of one person's
     * ({@code person} not null), whatever their state: the line of the discipline report.
     */
    public List<TaskRow> ofLine(long assigneeOrganisation, Long person, long callerOrganisation, LocalDate from, LocalDate to) {
        return rows(em.createNativeQuery(SELECT + """
                          from (select * from task where assignee_org_id = ?3 and cast(?4 as bigint) is null
                                union all
                                select t.* from task t join app_user p on p.id = t.assignee_user_id
                                 where p.organisation_id = ?3 and (cast(?4 as bigint) is null or p.id = cast(?4 as bigint))) t
                        """ + JOINS + """
                         where c.due_on between ?5 and ?6
                        """ + ORDER)
                .setParameter(2, callerOrganisation).setParameter(3, assigneeOrganisation).setParameter(4, person)
                .setParameter(5, Date.valueOf(from)).setParameter(6, Date.valueOf(to)));
    }

    private List<TaskRow> rows(Query query) {
        return Row.all(query.setParameter(1, Timestamp.from(clock.instant()))).stream().map(DueDates::row).toList();
    }

    static TaskRow row(Row r) {
        return new TaskRow(r.longValue("task"), r.longValue("checkpoint"), r.intValue("position"),
                r.intValue("checkpoints"), r.longValue("letter"), r.string("registration_number"), r.string("subject"),
                r.string("resolution"), r.string("author"), r.string("assignee"), r.date("due_on"),
                r.enumValue("state", CheckpointState.class), r.flag("overdue"), r.flag("due_soon"),
                r.string("returned_comment"), r.flag("own_letter"), r.string("report"));
    }
}
