-- A client that lost the answer to a POST (a crash, a timeout) sends it again with the same
-- Idempotency-Key and gets the first answer instead of a second letter. The key is the client's,
-- so it is kept per user; the request's fingerprint tells a true repeat from a different request
-- reusing a key. The row is written in the same transaction as the work it answers for.
create table idempotent_request (
    user_login   varchar(100)  not null,
    key          varchar(255)  not null,
    fingerprint  char(64)      not null,
    status       int,
    location     varchar(2000),
    content_type varchar(200),
    body         bytea,
    created_at   timestamptz   not null,
    expires_at   timestamptz   not null,
    primary key (user_login, key)
);

create index idempotent_request_expiry on idempotent_request (expires_at);
