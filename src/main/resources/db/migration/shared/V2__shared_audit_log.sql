-- Who changed what, when, with the values before and after. Written in the same transaction as
-- the change; rows can never be changed or removed afterwards.
create table shared_audit_log (
    id          bigint generated always as identity primary key,
    at          timestamptz not null default clock_timestamp(),
    actor_id    bigint,
    actor_name  text        not null,
    action      text        not null check (action in ('CREATE', 'UPDATE', 'DELETE', 'VIEW', 'IMPORT', 'LOGIN', 'LOGOUT')),
    entity_type text        not null,
    entity_id   text,
    unit_path   ltree,
    summary     text,
    before      jsonb,
    after       jsonb
);

create index shared_audit_log_at_idx on shared_audit_log (at desc);
create index shared_audit_log_unit_path_idx on shared_audit_log using gist (unit_path);
create index shared_audit_log_actor_idx on shared_audit_log (actor_name, at desc);

create function shared_audit_log_refuse_change() returns trigger
    language plpgsql as
$$
begin
    raise exception 'shared_audit_log is append-only: % refused', tg_op
        using errcode = 'integrity_constraint_violation';
end
$$;

create trigger shared_audit_log_no_update_or_delete
    before update or delete on shared_audit_log
    for each row execute function shared_audit_log_refuse_change();

create trigger shared_audit_log_no_truncate
    before truncate on shared_audit_log
    for each statement execute function shared_audit_log_refuse_change();
