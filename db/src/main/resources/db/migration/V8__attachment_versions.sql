-- A draft reworked after a rejection gets its file again under the same name: the new one is the
-- next version, the old one stays readable, marked as superseded.
alter table attachment add column version int not null default 1 check (version >= 1);
alter table attachment add column superseded_at timestamptz;
