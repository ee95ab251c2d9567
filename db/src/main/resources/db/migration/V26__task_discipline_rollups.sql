-- An organisation's ancestors, from the top down, so a subtree is one indexed condition
-- (id = :root or ancestors @> array[:root]) rather than a recursive walk that the planner cannot
-- estimate (it guessed 4,000 of 100,000 organisations and walked the roll-ups one organisation at a time).
alter table organisation add column ancestors bigint[] not null default '{}';
create index organisation_ancestors_idx on organisation using gin (ancestors);

create function organisation_ancestors_from_parent() returns trigger language plpgsql as $$
begin
    new.ancestors := coalesce((select p.ancestors || p.id from organisation p where p.id = new.parent_id), '{}');
    return new;
end
$$;
create trigger organisation_ancestors before insert or update of parent_id on organisation
    for each row execute function organisation_ancestors_from_parent();

-- A moved organisation takes its subtree along, and their discipline roll-ups (below).
create function organisation_ancestors_of_subtree() returns trigger language plpgsql as $$
begin
    update organisation
       set ancestors = new.ancestors || new.id || ancestors[cardinality(old.ancestors) + 2:]
     where ancestors @> array[new.id];
    update task_discipline d set ancestors = o.ancestors
      from organisation o
     where o.id = d.organisation_id and (o.id = new.id or o.ancestors @> array[new.id]);
    return null;
end
$$;
create trigger organisation_ancestors_subtree after update of parent_id on organisation
    for each row when (old.parent_id is distinct from new.parent_id)
    execute function organisation_ancestors_of_subtree();

with recursive path(id, ancestors) as (
    select id, cast('{}' as bigint[]) from organisation where parent_id is null
    union all
    select o.id, p.ancestors || p.id from organisation o join path p on o.parent_id = p.id
)
update organisation o set ancestors = p.ancestors from path p where p.id = o.id and p.ancestors <> '{}';

-- The discipline report's roll-ups: per organisation, person and month of the due date, how many due
-- dates there are, how many were reported on time, late, and how many are still open. The report
-- sums whole months of a period from here and counts only the days at its edges from the due dates
-- themselves, so the country-wide report no longer reads every task. Open ones are kept by month
-- and not split into overdue or not: that depends on today, which the report applies when it runs.
--
-- Kept by triggers, not by the Java code that changes checkpoints: due dates are written by JPA
-- (report, acceptance, return, extension), by native SQL (sub-tasks, the bench's million) and by
-- the organisation and user screens (a time zone decides what was late; a person's organisation
-- decides the line), so one trigger per table is the one place that sees every change, in the same
-- transaction, whoever makes it.
create table task_discipline (
    organisation_id bigint not null references organisation (id),
    -- The person a task was given to; null for the organisation's own tasks (its clerks act for it).
    person_id       bigint references app_user (id),
    -- The first day of the due dates' month.
    due_month       date   not null check (extract(day from due_month) = 1),
    total           int    not null,
    on_time         int    not null,
    late            int    not null,
    open            int    not null,
    -- The organisation's ancestors (organisation.ancestors), copied so that a subtree's roll-ups are
    -- found by this row alone: the country's million would otherwise each be joined to their organisation.
    ancestors       bigint[] not null,
    constraint task_discipline_key unique nulls not distinct (organisation_id, due_month, person_id)
);
create index task_discipline_ancestors_idx on task_discipline using gin (ancestors);

-- The line a checkpoint counts in and whether it was on time: reported before the end of the due day
-- in the time zone of the organisation it counts for (the same rule as the report's detail rows).
create function task_discipline_add(p_task bigint[], p_due date[], p_state varchar[], p_reported timestamptz[],
                                    p_sign int[]) returns void language sql as $$
    insert into task_discipline as d (organisation_id, person_id, due_month, total, on_time, late, open, ancestors)
    select h.id, u.id, cast(date_trunc('month', c.due_on) as date),
           sum(c.sign),
           coalesce(sum(c.sign) filter (where c.state <> 'OPEN'
               and c.reported_at < cast(c.due_on + 1 as timestamp) at time zone h.time_zone), 0),
           coalesce(sum(c.sign) filter (where c.state <> 'OPEN'
               and c.reported_at >= cast(c.due_on + 1 as timestamp) at time zone h.time_zone), 0),
           coalesce(sum(c.sign) filter (where c.state = 'OPEN'), 0), h.ancestors
      from unnest(p_task, p_due, p_state, p_reported, p_sign) as c (task_id, due_on, state, reported_at, sign)
      join task t on t.id = c.task_id
      left join app_user u on u.id = t.assignee_user_id
      join organisation h on h.id = coalesce(u.organisation_id, t.assignee_org_id)
     group by h.id, u.id, cast(date_trunc('month', c.due_on) as date)
    -- an update that changed nothing the report counts (a report's text, a version) adds nothing
    having sum(c.sign) <> 0 or sum(c.sign) filter (where c.state = 'OPEN') <> 0
        or sum(c.sign) filter (where c.state <> 'OPEN'
               and c.reported_at < cast(c.due_on + 1 as timestamp) at time zone h.time_zone) <> 0
        or sum(c.sign) filter (where c.state <> 'OPEN'
               and c.reported_at >= cast(c.due_on + 1 as timestamp) at time zone h.time_zone) <> 0
     -- one order for every writer, so two transactions never wait for each other's rows crosswise
     order by h.id, 3, u.id nulls first
    on conflict on constraint task_discipline_key do update
       set total = d.total + excluded.total, on_time = d.on_time + excluded.on_time,
           late = d.late + excluded.late, open = d.open + excluded.open
$$;

-- Once per statement with the rows it changed, so a bulk insert of a million checkpoints costs one
-- grouped upsert, not a million.
create function task_discipline_on_checkpoint() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        perform task_discipline_add(array_agg(task_id), array_agg(due_on), array_agg(state), array_agg(reported_at),
                                    array_agg(1))
           from new_rows;
    elsif tg_op = 'DELETE' then
        perform task_discipline_add(array_agg(task_id), array_agg(due_on), array_agg(state), array_agg(reported_at),
                                    array_agg(-1))
           from old_rows;
    else
        perform task_discipline_add(array_agg(task_id), array_agg(due_on), array_agg(state), array_agg(reported_at),
                                    array_agg(sign))
           from (select task_id, due_on, state, reported_at, -1 as sign from old_rows
                 union all
                 select task_id, due_on, state, reported_at, 1 from new_rows) changed;
    end if;
    return null;
end
$$;
-- PostgreSQL allows transition tables on one event per trigger: three triggers, one function.
create trigger task_discipline_checkpoint_insert after insert on task_checkpoint
    referencing new table as new_rows for each statement execute function task_discipline_on_checkpoint();
create trigger task_discipline_checkpoint_update after update on task_checkpoint
    referencing old table as old_rows new table as new_rows
    for each statement execute function task_discipline_on_checkpoint();
create trigger task_discipline_checkpoint_delete after delete on task_checkpoint
    referencing old table as old_rows for each statement execute function task_discipline_on_checkpoint();

-- The roll-ups of some organisations counted again from their tasks: what the migration fills, and
-- what a change that moves many due dates at once needs (an organisation's time zone, a person
-- moved to another organisation, a task given to someone else or removed).
create function task_discipline_recount(p_organisations bigint[]) returns void language sql as $$
    delete from task_discipline where organisation_id = any (p_organisations);
    insert into task_discipline (organisation_id, person_id, due_month, total, on_time, late, open, ancestors)
    select h.id, a.person, cast(date_trunc('month', c.due_on) as date), count(*),
           count(*) filter (where c.state <> 'OPEN'
               and c.reported_at < cast(c.due_on + 1 as timestamp) at time zone h.time_zone),
           count(*) filter (where c.state <> 'OPEN'
               and c.reported_at >= cast(c.due_on + 1 as timestamp) at time zone h.time_zone),
           count(*) filter (where c.state = 'OPEN'), h.ancestors
      from (select t.id, t.assignee_org_id, cast(null as bigint) from task t
             where t.assignee_org_id = any (p_organisations)
            union all
            select t.id, u.organisation_id, u.id from app_user u join task t on t.assignee_user_id = u.id
             where u.organisation_id = any (p_organisations)) a (task, organisation, person)
      join task_checkpoint c on c.task_id = a.task
      join organisation h on h.id = a.organisation
     group by h.id, a.person, cast(date_trunc('month', c.due_on) as date)
$$;

create function task_discipline_on_organisation() returns trigger language plpgsql as $$
begin
    perform task_discipline_recount(array[new.id]);
    return null;
end
$$;
create trigger task_discipline_time_zone after update of time_zone on organisation
    for each row when (old.time_zone is distinct from new.time_zone)
    execute function task_discipline_on_organisation();

create function task_discipline_on_person() returns trigger language plpgsql as $$
begin
    perform task_discipline_recount(array[old.organisation_id, new.organisation_id]);
    return null;
end
$$;
create trigger task_discipline_person_moved after update of organisation_id on app_user
    for each row when (old.organisation_id is distinct from new.organisation_id)
    execute function task_discipline_on_person();

create function task_discipline_on_task() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        perform task_discipline_recount(array[coalesce((select organisation_id from app_user
                                                         where id = old.assignee_user_id), old.assignee_org_id)]);
    else
        perform task_discipline_recount(array[
            coalesce((select organisation_id from app_user where id = old.assignee_user_id), old.assignee_org_id),
            coalesce((select organisation_id from app_user where id = new.assignee_user_id), new.assignee_org_id)]);
    end if;
    return null;
end
$$;
create trigger task_discipline_task_reassigned after update of assignee_user_id, assignee_org_id on task
    for each row when (old.assignee_user_id is distinct from new.assignee_user_id
                       or old.assignee_org_id is distinct from new.assignee_org_id)
    execute function task_discipline_on_task();
create trigger task_discipline_task_removed after delete on task
    for each row execute function task_discipline_on_task();

-- The roll-ups of the tasks there already are.
select task_discipline_recount(array(select id from organisation));
