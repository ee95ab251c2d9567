-- How each person left each list (Входящие, Мои поручения, …): the column it is sorted by, the
-- page size and the filters, so that the list comes back the same after leaving the page and after
-- a new sign-in. Kept in the database rather than in the session (PrimeFaces' multiViewState), which
-- would forget it at sign-out and would not follow a person to another instance of a cluster.
create table user_list_preference (
    user_id    bigint      not null references app_user (id) on delete cascade,
    list_name  varchar(40) not null,
    sort_field varchar(40),
    ascending  boolean     not null default false,
    page_size  int         not null default 25 check (page_size between 1 and 200),
    -- the filters as "name=value" lines, the values URL-encoded; read by ListChoice, never by SQL
    filters    text        not null default '',
    primary key (user_id, list_name)
);
