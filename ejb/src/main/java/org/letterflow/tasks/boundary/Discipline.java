package org.letterflow.tasks.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.letterflow.organisation.control.CurrentUser;
import org.letterflow.platform.BusinessException;
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
            throw BusinessException.notFound("Организация не найдена");
        }
        return dueDates.ofLine(organisation, person, caller.organisationId(), from, to);
    }


    /**
     * Execution discipline for due dates in a period, per organisation at or below {@code org}
     * (default: the caller's) and per person within each: on time means reported by the end of
     * the due day in the assignee organisation's time zone.
     */
    public List<DisciplineRow> discipline(LocalDate from, LocalDate to, Long org) {
        if (from == null || to == null || to.isBefore(from)) {
            throw BusinessException.invalid("from", "Укажите период: с какой даты по какую");
        }
        long root = org == null ? caller.organisationId() : org;
        if (!caller.sees(root)) {
            throw BusinessException.notFound("Организация не найдена");
        }
        // overdue and open: today from the one clock (?4), in the zone of the assignee organisation
        List<?> rows = em.createNativeQuery("""
                        with recursive subtree(id) as (
                            select id from organisation where id = ?1
                            union all
                            select o.id from organisation o join subtree s on o.parent_id = s.id
                        )
                        -- tasks of the organisations, and of their people, each found through its own index
                        , assigned(task, organisation, person) as (
                            select t.id, t.assignee_org_id, cast(null as bigint) from task t join subtree s on s.id = t.assignee_org_id
                            union all
                            select t.id, u.organisation_id, u.id from app_user u join subtree s on s.id = u.organisation_id
                              join task t on t.assignee_user_id = u.id
                        )
                        select h.id, u.id, h.short_name, u.short_name, count(*),
                               count(*) filter (where c.state <> 'OPEN'
                                   and c.reported_at < cast(c.due_on + 1 as timestamp) at time zone h.time_zone),
                               count(*) filter (where c.state <> 'OPEN'
                                   and c.reported_at >= cast(c.due_on + 1 as timestamp) at time zone h.time_zone),
                               count(*) filter (where c.state = 'OPEN'
                                   and c.due_on < cast(cast(?4 as timestamptz) at time zone h.time_zone as date)),
                               count(*) filter (where c.state = 'OPEN'
                                   and c.due_on >= cast(cast(?4 as timestamptz) at time zone h.time_zone as date))
                          from assigned a
                          join task_checkpoint c on c.task_id = a.task
                          join organisation h on h.id = a.organisation
                          left join app_user u on u.id = a.person
                         where c.due_on between ?2 and ?3
                         group by grouping sets ((h.id, h.short_name), (h.id, h.short_name, u.id, u.short_name))
                        having grouping(u.id) = 1 or u.id is not null
                         order by h.short_name, u.short_name nulls first""")
                .setParameter(1, root).setParameter(2, Date.valueOf(from)).setParameter(3, Date.valueOf(to))
                .setParameter(4, Timestamp.from(clock.instant()))
                .getResultList();
        return rows.stream().map(row -> {
            Object[] r = (Object[]) row;
            return new DisciplineRow(n(r[0]), r[1] == null ? null : n(r[1]), (String) r[2], (String) r[3], n(r[4]),
                    n(r[5]), n(r[6]), n(r[7]), n(r[8]));
        }).toList();
    }

    private static long n(Object value) {
        return ((Number) value).longValue();
    }
}
