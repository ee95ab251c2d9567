-- Whose turn it is on a sheet is worked out in one place, the sheet (ApprovalSheet.isCurrent), which writes it
-- on its steps whenever a round starts or a decision is taken; На согласовании and the late steps' reminders
-- read the column instead of working the turn out again in SQL.
alter table approval_step add column in_turn boolean not null default false;

-- A decided step is never in turn, whatever the client writes.
alter table approval_step add constraint approval_step_in_turn_undecided check (not in_turn or result is null);

-- The rounds already going on: the same rule, applied once to the steps written before the sheet kept it
-- (undecided, the round in progress, in the earliest stage that still has a step to decide).
update approval_step st set in_turn = true
  from approval_sheet s
 where s.id = st.sheet_id and s.state = 'IN_PROGRESS' and st.result is null
   and st.stage = (select min(x.stage) from approval_step x where x.sheet_id = s.id and x.result is null);

-- The steps waiting for an approver are now found by the turn, no longer by the missing decision alone.
drop index approval_step_approver_idx;
create index approval_step_in_turn_idx on approval_step (approver_id) where in_turn;
