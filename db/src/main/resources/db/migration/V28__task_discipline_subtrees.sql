-- The discipline report per subordinate: each organisation below the one asked for, its whole
-- subtree summed (a ministry's report is a line per region, a region's a line per municipality).
-- Summing the per-organisation roll-ups (V26) for that reads a roll-up row for nearly every due date
-- of the country (a school has a few due dates a month); these sums are kept per subtree and day,
-- so the country's report reads a row per region and day. Per day, not per month: a period's edges
-- and the days around today then need no due date of their own, except those whose "overdue" each
-- organisation's zone decides (two or three days).
--
-- Rows are kept for every organisation that has a parent: the top of the tree is never a subordinate,
-- and its rows would be the one row that every due date of the country writes.
create table task_discipline_subtree (
    organisation_id bigint not null references organisation (id),
    due_on          date   not null,
    total           int    not null,
    on_time         int    not null,
    late            int    not null,
    open            int    not null,
    primary key (organisation_id, due_on)
);

-- Due dates counted (sign +1) or taken off (-1) the subtree sums of their organisation and of its
-- ancestors but the top, each judged on time or late in the given time zone (the organisation's, or
-- the one it had before a change).
create function task_discipline_subtree_add(p_org bigint[], p_zone varchar[], p_due date[], p_state varchar[],
                                            p_reported timestamptz[], p_sign int[]) returns void language sql as $$
    insert into task_discipline_subtree as d (organisation_id, due_on, total, on_time, late, open)
    select * from (
        select a.id, c.due_on, sum(c.sign),
               coalesce(sum(c.sign) filter (where c.state <> 'OPEN'
                   and c.reported_at < cast(c.due_on + 1 as timestamp) at time zone c.zone), 0),
               coalesce(sum(c.sign) filter (where c.state <> 'OPEN'
                   and c.reported_at >= cast(c.due_on + 1 as timestamp) at time zone c.zone), 0),
               coalesce(sum(c.sign) filter (where c.state = 'OPEN'), 0)
          from unnest(p_org, p_zone, p_due, p_state, p_reported, p_sign)
                   as c (organisation_id, zone, due_on, state, reported_at, sign)
          join organisation h on h.id = c.organisation_id
          cross join lateral unnest((h.ancestors || h.id)[2:]) as a (id)
         group by a.id, c.due_on) counted (organisation_id, due_on, total, on_time, late, open)
    -- an update that changed nothing the report counts adds nothing
     where (total, on_time, late, open) <> (0, 0, 0, 0)
     -- one order for every writer, so two transactions never wait for each other's rows crosswise
     order by organisation_id, due_on
    on conflict (organisation_id, due_on) do update
       set total = d.total + excluded.total, on_time = d.on_time + excluded.on_time,
           late = d.late + excluded.late, open = d.open + excluded.open
$$;

-- Checkpoints as the V26 triggers see them (task, due date, state, report time), counted for the
-- organisation the task's assignee belongs to, in its zone.
create function task_discipline_subtree_of_checkpoints(p_task bigint[], p_due date[], p_state varchar[],
                                                       p_reported timestamptz[], p_sign int[]) returns void language sql as $$
    select task_discipline_subtree_add(array_agg(h.id), array_agg(h.time_zone), array_agg(c.due_on),
                                       array_agg(c.state), array_agg(c.reported_at), array_agg(c.sign))
      from unnest(p_task, p_due, p_state, p_reported, p_sign) as c (task_id, due_on, state, reported_at, sign)
      join task t on t.id = c.task_id
      left join app_user u on u.id = t.assignee_user_id
      join organisation h on h.id = coalesce(u.organisation_id, t.assignee_org_id)
$$;

-- The checkpoints of some tasks counted (+1) or taken off (-1) for one organisation judged in one zone:
-- one side of a move (below).
create function task_discipline_subtree_of_tasks(p_tasks bigint[], p_org bigint, p_zone varchar, p_sign int)
        returns void language sql as $$
    select task_discipline_subtree_add(array_agg(p_org), array_agg(p_zone), array_agg(c.due_on), array_agg(c.state),
                                       array_agg(c.reported_at), array_agg(p_sign))
      from task_checkpoint c
     where c.task_id = any (p_tasks)
$$;

-- Due dates that stop counting for one organisation (judged in its zone) and count for another from now
-- on: a task given to someone else, a person moved, the same organisation in a new time zone.
create function task_discipline_subtree_move(p_tasks bigint[], p_was bigint, p_was_zone varchar, p_is bigint,
                                             p_is_zone varchar) returns void language sql as $$
    select task_discipline_subtree_of_tasks(p_tasks, p_was, p_was_zone, -1);
    select task_discipline_subtree_of_tasks(p_tasks, p_is, p_is_zone, 1);
$$;

-- The checkpoint triggers of V26 keep both roll-ups: the organisation's by month (V26's function, kept
-- under a new name) and the subtrees' by day; the triggers call this function by its old name.
alter function task_discipline_add(bigint[], date[], varchar[], timestamptz[], int[])
    rename to task_discipline_add_organisations;
create function task_discipline_add(p_task bigint[], p_due date[], p_state varchar[], p_reported timestamptz[],
                                    p_sign int[]) returns void language sql as $$
    select task_discipline_add_organisations(p_task, p_due, p_state, p_reported, p_sign);
    select task_discipline_subtree_of_checkpoints(p_task, p_due, p_state, p_reported, p_sign);
$$;

-- Some subtrees' sums counted again from their due dates: the fill below, and an organisation that
-- was the top of the tree and is put below another (the top keeps no sums of its own).
create function task_discipline_subtree_recount(p_tops bigint[]) returns void language sql as $$
    delete from task_discipline_subtree where organisation_id = any (p_tops);
    insert into task_discipline_subtree (organisation_id, due_on, total, on_time, late, open)
    select a.id, c.due_on, count(*),
           count(*) filter (where c.state <> 'OPEN'
               and c.reported_at < cast(c.due_on + 1 as timestamp) at time zone h.time_zone),
           count(*) filter (where c.state <> 'OPEN'
               and c.reported_at >= cast(c.due_on + 1 as timestamp) at time zone h.time_zone),
           count(*) filter (where c.state = 'OPEN')
      from task_checkpoint c
      join task t on t.id = c.task_id
      left join app_user u on u.id = t.assignee_user_id
      join organisation h on h.id = coalesce(u.organisation_id, t.assignee_org_id)
      cross join lateral unnest((h.ancestors || h.id)[2:]) as a (id)
     where a.id = any (p_tops)
     group by a.id, c.due_on
$$;

-- A task removed: its due dates are taken off while the task still says whose they were (the
-- cascade from task to checkpoint runs when the task is gone, and V26 counts those organisations again).
create function task_discipline_subtree_on_task_removed() returns trigger language plpgsql as $$
begin
    delete from task_checkpoint where task_id = old.id;
    return old;
end
$$;
create trigger task_discipline_subtree_task_removed before delete on task
    for each row execute function task_discipline_subtree_on_task_removed();

-- The organisation a task counts for, and its zone, on either side of a change.
create function task_discipline_assignee_org(p_user bigint, p_org bigint) returns bigint language sql stable as $$
    select coalesce((select organisation_id from app_user where id = p_user), p_org)
$$;

create function task_discipline_subtree_on_task_reassigned() returns trigger language plpgsql as $$
declare
    was bigint := task_discipline_assignee_org(old.assignee_user_id, old.assignee_org_id);
    is_now bigint := task_discipline_assignee_org(new.assignee_user_id, new.assignee_org_id);
begin
    perform task_discipline_subtree_move(array[new.id], was, (select time_zone from organisation where id = was),
                                         is_now, (select time_zone from organisation where id = is_now));
    return null;
end
$$;
create trigger task_discipline_subtree_task_reassigned after update of assignee_user_id, assignee_org_id on task
    for each row when (old.assignee_user_id is distinct from new.assignee_user_id
                       or old.assignee_org_id is distinct from new.assignee_org_id)
    execute function task_discipline_subtree_on_task_reassigned();

create function task_discipline_subtree_on_person_moved() returns trigger language plpgsql as $$
declare
    tasks bigint[] := array(select id from task where assignee_user_id = new.id);
begin
    perform task_discipline_subtree_move(tasks,
                                         old.organisation_id, (select time_zone from organisation where id = old.organisation_id),
                                         new.organisation_id, (select time_zone from organisation where id = new.organisation_id));
    return null;
end
$$;
create trigger task_discipline_subtree_person_moved after update of organisation_id on app_user
    for each row when (old.organisation_id is distinct from new.organisation_id)
    execute function task_discipline_subtree_on_person_moved();

-- A new time zone judges the organisation's reports on time or late anew.
create function task_discipline_subtree_on_time_zone() returns trigger language plpgsql as $$
declare
    tasks bigint[] := array(select id from task where assignee_org_id = new.id
                            union all
                            select t.id from task t join app_user u on u.id = t.assignee_user_id
                             where u.organisation_id = new.id);
begin
    perform task_discipline_subtree_move(tasks, new.id, old.time_zone, new.id, new.time_zone);
    return null;
end
$$;
create trigger task_discipline_subtree_time_zone after update of time_zone on organisation
    for each row when (old.time_zone is distinct from new.time_zone)
    execute function task_discipline_subtree_on_time_zone();

-- A moved organisation takes its subtree's sums from its old ancestors to its new ones.
create function task_discipline_subtree_on_organisation_moved() returns trigger language plpgsql as $$
begin
    if old.parent_id is null then
        perform task_discipline_subtree_recount(array[new.id]);
    end if;
    insert into task_discipline_subtree as d (organisation_id, due_on, total, on_time, late, open)
    select * from (
        select a.id, s.due_on, sum(a.sign * s.total), sum(a.sign * s.on_time), sum(a.sign * s.late),
               sum(a.sign * s.open)
          from task_discipline_subtree s,
               (select id, -1 from unnest(old.ancestors[2:]) id
                union all
                select id, 1 from unnest(new.ancestors[2:]) id) a (id, sign)
         where s.organisation_id = new.id
         group by a.id, s.due_on) moved (organisation_id, due_on, total, on_time, late, open)
     where (total, on_time, late, open) <> (0, 0, 0, 0)
     order by organisation_id, due_on
    on conflict (organisation_id, due_on) do update
       set total = d.total + excluded.total, on_time = d.on_time + excluded.on_time,
           late = d.late + excluded.late, open = d.open + excluded.open;
    if new.parent_id is null then
        delete from task_discipline_subtree where organisation_id = new.id;
    end if;
    return null;
end
$$;
create trigger task_discipline_subtree_organisation_moved after update of parent_id on organisation
    for each row when (old.parent_id is distinct from new.parent_id)
    execute function task_discipline_subtree_on_organisation_moved();

-- The sums of the due dates there already are.
select task_discipline_subtree_recount(array(select id from organisation where parent_id is not null));
