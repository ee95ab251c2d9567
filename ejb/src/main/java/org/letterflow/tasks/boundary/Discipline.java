package org.letterflow.tasks.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.letterflow.organisation.control.CurrentUser;
import org.letterflow.platform.BusinessException;
import org.letterflow.platform.Text;
import org.letterflow.platform.Row;
import org.letterflow.tasks.control.DisciplinePeriod;
import org.letterflow.tasks.control.DueDates;
import org.letterflow.tasks.control.TaskRow;

/**
 * The execution discipline report: per organisation and person, due dates met, late and open in a
 * period, and the due dates behind each line.
 */
@Stateless
public class Discipline {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser caller;

    @Inject
    DueDates dueDates;

    @Inject
    Clock clock;

    /**
     * The due dates behind one line of the discipline report: of an organisation's tasks (and its
     * people's), or of one person's, in the period, whatever their state.
     */
    public List<TaskRow> disciplineDetail(LocalDate from, LocalDate to, long organisation, Long person) {
        if (from == null || to == null || !caller.sees(organisation)) {
            throw BusinessException.notFound(Text.ORGANISATION_NOT_FOUND);
        }
        return dueDates.ofLine(organisation, person, caller.organisationId(), from, to);
    }


    /**
     * Execution discipline for due dates in a period, per organisation at or below {@code org}
     * (default: the caller's) and per person within each: on time means reported by the end of
     * the due day in the assignee organisation's time zone; overdue, open and due before today there.
     *
     * <p>Whole months come from the roll-ups ({@code task_discipline}, kept by triggers as due dates
     * and reports change), the days at the period's edges and around today from the due dates
     * themselves ({@link DisciplinePeriod} says which); the numbers are those of counting every due
     * date, as {@code DisciplineRollupIT} checks against that plain query.
     *
     * <p>By {@link Breakdown#SUBORDINATES} (what the page and the API give unless asked otherwise), the
     * lines below {@code org} are one per organisation directly below it, each summing its whole
     * subtree: a ministry's report is a line per region.
     */
    public List<DisciplineRow> discipline(LocalDate from, LocalDate to, Long org, Breakdown breakdown) {
        if (from == null || to == null || to.isBefore(from)) {
            throw BusinessException.invalid("from", Text.DISCIPLINE_PERIOD_MISSING);
        }
        long root = org == null ? caller.organisationId() : org;
        if (!caller.sees(root)) {
            throw BusinessException.notFound(Text.ORGANISATION_NOT_FOUND);
        }
        Instant now = clock.instant();
        DisciplinePeriod period = new DisciplinePeriod(from, to, now);
        if (breakdown == Breakdown.SUBORDINATES) {
            List<DisciplineRow> lines = new ArrayList<>(organisations(root, period, now, false));
            lines.addAll(subordinates(root, from, to, period, now));
            return lines;
        }
        return organisations(root, period, now, true);
    }

    /**
     * The lines of {@code root} and its people, and with {@code subtree} those of every organisation
     * below it and their people.
     */
    private List<DisciplineRow> organisations(long root, DisciplinePeriod period, Instant now, boolean subtree) {
        // a country's roll-ups are grouped by some 100,000 lines: in memory, not in files on disk
        em.createNativeQuery("select set_config('work_mem', '64MB', true)").getSingleResult();
        List<Row> rows = Row.all(em.createNativeQuery("""
                        with day(due_on, measure, sign) as (
                            select * from unnest(cast(?6 as date[]), cast(?7 as varchar[]), cast(?8 as int[]))
                        )
                        , counted(organisation, person, total, on_time, late, open, overdue) as (
                            -- whole months: the roll-ups of the organisations of the subtree
                            select r.organisation_id, r.person_id,
                                   sum(r.total) filter (where r.due_month between cast(?2 as date) and cast(?3 as date)),
                                   sum(r.on_time) filter (where r.due_month between cast(?2 as date) and cast(?3 as date)),
                                   sum(r.late) filter (where r.due_month between cast(?2 as date) and cast(?3 as date)),
                                   sum(r.open) filter (where r.due_month between cast(?2 as date) and cast(?3 as date)),
                                   sum(r.open) filter (where r.due_month between cast(?4 as date) and cast(?5 as date))
                              from task_discipline r
                             where (r.organisation_id = ?1 or ?10 and r.ancestors @> array[cast(?1 as bigint)])
                               and (r.due_month between cast(?2 as date) and cast(?3 as date)
                                    or r.due_month between cast(?4 as date) and cast(?5 as date))
                             group by r.organisation_id, r.person_id
                            union all
                            -- edge days: the due dates themselves, each counted with the sign of its day
                            select h.id, u.id,
                                   sum(d.sign) filter (where d.measure = 'ALL'),
                                   sum(d.sign) filter (where d.measure = 'ALL' and c.state <> 'OPEN'
                                       and c.reported_at < cast(c.due_on + 1 as timestamp) at time zone h.time_zone),
                                   sum(d.sign) filter (where d.measure = 'ALL' and c.state <> 'OPEN'
                                       and c.reported_at >= cast(c.due_on + 1 as timestamp) at time zone h.time_zone),
                                   sum(d.sign) filter (where d.measure = 'ALL' and c.state = 'OPEN'),
                                   sum(d.sign) filter (where c.state = 'OPEN' and (d.measure = 'OVERDUE'
                                       or d.measure = 'OVERDUE_BY_TODAY'
                                          and c.due_on < cast(cast(?9 as timestamptz) at time zone h.time_zone as date)))
                              from day d
                              join task_checkpoint c on c.due_on = d.due_on
                              join task t on t.id = c.task_id
                              left join app_user u on u.id = t.assignee_user_id
                              join organisation h on h.id = coalesce(u.organisation_id, t.assignee_org_id)
                             where (h.id = ?1 or ?10 and h.ancestors @> array[cast(?1 as bigint)])
                               -- the organisation alone: its own tasks and those of its people first, through their
                               -- indexes, not every due date of the edge days in the country
                               and (?10 or t.assignee_org_id = ?1 or t.assignee_user_id = any (array(
                                       select p.id from app_user p where p.organisation_id = ?1)))
                             group by h.id, u.id
                        )
                        select h.id as organisation, u.id as person, h.short_name as organisation_name,
                               u.short_name as person_name, sum(x.total) as total,
                               coalesce(sum(x.on_time), 0) as on_time, coalesce(sum(x.late), 0) as late,
                               coalesce(sum(x.overdue), 0) as overdue,
                               coalesce(sum(x.open), 0) - coalesce(sum(x.overdue), 0) as open
                          from counted x
                          join organisation h on h.id = x.organisation
                          left join app_user u on u.id = x.person
                         group by grouping sets ((h.id, h.short_name), (h.id, h.short_name, u.id, u.short_name))
                        having (grouping(u.id) = 1 or u.id is not null) and sum(x.total) > 0
                         order by h.short_name, u.short_name nulls first""")
                .setParameter(1, root)
                .setParameter(2, monthOrNull(period.months(), true)).setParameter(3, monthOrNull(period.months(), false))
                .setParameter(4, monthOrNull(period.overdueMonths(), true))
                .setParameter(5, monthOrNull(period.overdueMonths(), false))
                .setParameter(6, array(period.days(), day -> day.day().toString()))
                .setParameter(7, array(period.days(), day -> day.measure().name()))
                .setParameter(8, array(period.days(), day -> Integer.toString(day.sign())))
                .setParameter(9, now.toString())
                .setParameter(10, subtree));
        return rows.stream().map(r -> new DisciplineRow(r.longValue("organisation"), r.longOrNull("person"),
                r.string("organisation_name"), r.string("person_name"), r.longValue("total"), r.longValue("on_time"),
                r.longValue("late"), r.longValue("overdue"), r.longValue("open"), false)).toList();
    }

    /**
     * A line per organisation directly below {@code root}: its whole subtree summed from the sums
     * kept per subtree and day ({@code task_discipline_subtree}); only the open due dates of the days
     * that each organisation's zone judges (around today) are read themselves.
     */
    private List<DisciplineRow> subordinates(long root, LocalDate from, LocalDate to, DisciplinePeriod period,
                                             Instant now) {
        List<Row> rows = Row.all(em.createNativeQuery("""
                        with root as (
                            select id, cardinality(ancestors) + 2 as child_at from organisation where id = ?1
                        ), overdue_by_zone as materialized (
                            -- open due dates of the days around today, overdue if before today in their zone.
                            -- Read first, through the index of due days: a few thousand in a country. Left to
                            -- the planner, the query joined every task of the country to its organisation and
                            -- looked up the due dates of each task: seconds at a million tasks (BENCHMARKS.md).
                            select h.ancestors, h.id
                              from task_checkpoint c
                              join task t on t.id = c.task_id
                              left join app_user u on u.id = t.assignee_user_id
                              join organisation h on h.id = coalesce(u.organisation_id, t.assignee_org_id)
                             where c.due_on = any (cast(?4 as date[])) and c.state = 'OPEN'
                               and c.due_on < cast(cast(?5 as timestamptz) at time zone h.time_zone as date)
                        ), judged(organisation, overdue) as (
                            -- counted for the subordinate whose subtree they are in
                            select (h.ancestors || h.id)[r.child_at], count(*)
                              from root r
                              join overdue_by_zone h on h.ancestors @> array[r.id]
                             group by 1
                        )
                        select o.id as organisation, o.short_name as organisation_name, s.total, s.on_time, s.late,
                               s.overdue + coalesce(j.overdue, 0) as overdue,
                               s.open - s.overdue - coalesce(j.overdue, 0) as open
                          from organisation o
                          join lateral (
                              select sum(d.total) as total, sum(d.on_time) as on_time, sum(d.late) as late,
                                     sum(d.open) as open,
                                     coalesce(sum(d.open) filter (where d.due_on < cast(?6 as date)), 0) as overdue
                                from task_discipline_subtree d
                               where d.organisation_id = o.id
                                 and d.due_on between cast(?2 as date) and cast(?3 as date)) s on s.total > 0
                          left join judged j on j.organisation = o.id
                         where o.parent_id = ?1
                         order by o.short_name, o.id""")
                .setParameter(1, root)
                .setParameter(2, from.toString()).setParameter(3, to.toString())
                .setParameter(4, array(period.judgedByZone(), LocalDate::toString))
                .setParameter(5, now.toString())
                .setParameter(6, period.overdueEverywhereBefore().toString()));
        return rows.stream().map(r -> new DisciplineRow(r.longValue("organisation"), null, r.string("organisation_name"),
                null, r.longValue("total"), r.longValue("on_time"), r.longValue("late"), r.longValue("overdue"),
                r.longValue("open"), true)).toList();
    }

    /** A month range's first or last month as the date PostgreSQL compares, or null for no months. */
    private static String monthOrNull(DisciplinePeriod.Months months, boolean first) {
        return months == null ? null : (first ? months.first() : months.last()).toString();
    }

    /** A PostgreSQL array literal of simple values (dates, names, numbers: nothing to quote). */
    private static <T> String array(List<T> values, Function<T, String> value) {
        return values.stream().map(value).collect(Collectors.joining(",", "{", "}"));
    }
}
