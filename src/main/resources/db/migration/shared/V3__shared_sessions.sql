-- HTTP sessions live in the database so that any instance behind a load balancer can serve any
-- request (Spring Session JDBC's schema, with the module's table prefix).
create table shared_session (
    primary_id            char(36)     not null primary key,
    session_id            char(36)     not null,
    creation_time         bigint       not null,
    last_access_time      bigint       not null,
    max_inactive_interval int          not null,
    expiry_time           bigint       not null,
    principal_name        varchar(100)
);
create unique index shared_session_ix1 on shared_session (session_id);
create index shared_session_ix2 on shared_session (expiry_time);
create index shared_session_ix3 on shared_session (principal_name);

create table shared_session_attributes (
    session_primary_id char(36)     not null references shared_session (primary_id) on delete cascade,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea        not null,
    primary key (session_primary_id, attribute_name)
);
