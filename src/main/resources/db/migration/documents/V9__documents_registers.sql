-- The outgoing register (sổ văn bản đi) and the incoming one (sổ văn bản đến). Both draw ids from
-- one sequence, so a document is known by its id whichever register holds it.
create sequence doc_id_seq;

-- Numbers run per issuing body (or receiving body) and calendar year, from 1, in issue order,
-- without gaps: the counter row is locked by the issuing transaction and rolls back with it.
create table doc_register (
    body_id     bigint not null,
    year        int    not null,
    direction   text   not null check (direction in ('OUT', 'IN')),
    last_number int    not null check (last_number >= 0),
    primary key (body_id, year, direction)
);

create table doc_outgoing (
    id               bigint primary key default nextval('doc_id_seq'),
    issuer_body_id   bigint      not null,
    drafting_body_id bigint,
    issuer_name      text        not null,
    unit_path        ltree       not null,
    type             text        not null,
    status           text        not null check (status in ('DRAFT', 'ISSUED')),
    number           int check (number > 0),
    year             int,
    symbol_suffix    text,
    symbol           text,
    issued_on        date,
    title            text        not null,
    content          jsonb       not null,
    text_folded      text        not null,
    corrects_id      bigint references doc_outgoing (id),
    recorded         boolean     not null default false,
    created_by       text        not null,
    created_at       timestamptz not null default now(),
    issued_by        text,
    issued_at        timestamptz,
    version          int         not null default 0,
    check ((status = 'ISSUED') = (number is not null and issued_on is not null and year = extract(year from issued_on))),
    unique (issuer_body_id, year, number)
);
create index doc_outgoing_path_idx on doc_outgoing using gist (unit_path);
create index doc_outgoing_text_idx on doc_outgoing using gin (text_folded gin_trgm_ops);

-- An issued document never changes and never goes; a correction is a new document naming it.
create function doc_outgoing_keep_issued() returns trigger language plpgsql as
$$
begin
    if old.status = 'ISSUED' then
        raise exception 'document % (%) is issued and cannot be % ', old.id, old.symbol,
            case tg_op when 'DELETE' then 'deleted' else 'changed' end
            using errcode = 'integrity_constraint_violation';
    end if;
    return case tg_op when 'DELETE' then old else new end;
end
$$;
create trigger doc_outgoing_keep_issued before update or delete on doc_outgoing
    for each row execute function doc_outgoing_keep_issued();

-- The files as issued (PDF and DOCX), kept exactly; append-only.
create table doc_file (
    document_id bigint      not null references doc_outgoing (id),
    format      text        not null check (format in ('PDF', 'DOCX')),
    content     bytea       not null,
    sha256      bytea       not null,
    created_at  timestamptz not null default now(),
    primary key (document_id, format)
);
create function doc_file_append_only() returns trigger language plpgsql as
$$
begin
    raise exception 'doc_file is append-only: % refused', tg_op using errcode = 'integrity_constraint_violation';
end
$$;
create trigger doc_file_append_only before update or delete on doc_file
    for each row execute function doc_file_append_only();

create table doc_incoming (
    id                bigint primary key default nextval('doc_id_seq'),
    receiving_body_id bigint      not null,
    receiver_name     text        not null,
    unit_path         ltree       not null,
    number            int         not null check (number > 0),
    year              int         not null,
    received_on       date        not null,
    symbol            text,
    issuer            text        not null,
    issued_on         date,
    type              text,
    title             text        not null,
    file_name         text        not null,
    media_type        text        not null,
    size              int         not null check (size > 0),
    sha256            bytea       not null,
    content           bytea       not null,
    text_folded       text        not null,
    created_by        text        not null,
    created_at        timestamptz not null default now(),
    unique (receiving_body_id, year, number)
);
create index doc_incoming_path_idx on doc_incoming using gist (unit_path);
create index doc_incoming_text_idx on doc_incoming using gin (text_folded gin_trgm_ops);

-- What an incoming document caused: plans, tasks, or an outgoing document answering it.
create table doc_incoming_link (
    incoming_id bigint      not null references doc_incoming (id),
    target_kind text        not null check (target_kind in ('PLAN', 'TASK', 'DOCUMENT')),
    target_id   bigint      not null,
    note        text,
    created_by  text        not null,
    created_at  timestamptz not null default now(),
    primary key (incoming_id, target_kind, target_id)
);
