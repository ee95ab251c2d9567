-- Several application instances share this database. A sending job is worked by one instance at a
-- time: the one holding its lease, renewed with every batch. A lease that ran out belongs to an
-- instance that died (or stalls), and another instance takes the job over from its cursor.
alter table delivery_job add column lease_owner varchar(100);
alter table delivery_job add column lease_until timestamptz;
create index delivery_job_lease_idx on delivery_job (lease_until) where state = 'RUNNING';
