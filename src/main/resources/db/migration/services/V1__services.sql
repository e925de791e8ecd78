create schema if not exists services;

-- The catalogue of service items (事项).
create table services.item (
    code          varchar(40)  primary key check (code ~ '^[A-Z0-9_-]{2,40}$'),
    name          varchar(100) not null,
    department_id bigint       not null,
    category      varchar(50)  not null,
    legal_basis   text         not null,
    conditions    text         not null,
    instructions  text         not null,
    promised_days integer      not null check (promised_days between 1 and 365),
    legal_days    integer      not null check (legal_days between 1 and 365),
    fee           varchar(100) not null default '不收费',
    online_level  varchar(16)  not null check (online_level in ('FULLY_ONLINE', 'AT_MOST_ONCE')),
    active        boolean      not null default true,
    version       integer      not null default 0,
    check (promised_days <= legal_days)
);

create table services.item_material (
    item_code varchar(40)  not null references services.item (code) on delete cascade,
    position  integer      not null,
    name      varchar(100) not null,
    required  boolean      not null,
    formats   varchar(40)  not null default 'PDF,JPEG,PNG',
    max_bytes integer      not null default 5242880 check (max_bytes between 1024 and 20971520),
    primary key (item_code, position)
);

-- Readable numbers per day: 210882-20201124-000123.
create table services.number_counter (
    day  date    primary key,
    last integer not null
);

create table services.application (
    id                 bigint generated always as identity primary key,
    number             varchar(30)  not null unique,
    item_code          varchar(40)  not null references services.item (code),
    department_id      bigint       not null,
    applicant_user_id  bigint       not null,
    applicant_name     varchar(50)  not null,
    applicant_id_enc   bytea        not null,
    applicant_id_idx   bytea        not null,
    form_enc           bytea        not null,
    online             boolean      not null default true,
    status             varchar(24)  not null check (status in ('DRAFT', 'SUBMITTED', 'ACCEPTED', 'NOT_ACCEPTED',
                           'UNDER_REVIEW', 'CORRECTION_REQUESTED', 'RESUBMITTED', 'APPROVED', 'REJECTED', 'WITHDRAWN')),
    claimed_by         varchar(100),
    created_at         timestamptz  not null,
    submitted_at       timestamptz,
    accepted_on        date,
    deadline           date,
    paused_on          date,
    paused_working_days integer     not null default 0,
    decided_at         timestamptz,
    decision_reason    text,
    decision_basis     text,
    working_days       integer,
    rating             integer      check (rating between 1 and 5),
    rating_comment     text,
    rated_at           timestamptz,
    version            integer      not null default 0
);
create index application_inbox on services.application (department_id, status, id);
create index application_deadline on services.application (department_id, deadline) where status in ('ACCEPTED', 'UNDER_REVIEW', 'RESUBMITTED');
create index application_applicant on services.application (applicant_user_id, id);
create index application_applicant_idx on services.application (applicant_id_idx);
-- one open application per person and item
create unique index one_open_application on services.application (applicant_user_id, item_code)
    where status in ('DRAFT', 'SUBMITTED', 'ACCEPTED', 'UNDER_REVIEW', 'CORRECTION_REQUESTED', 'RESUBMITTED');

create table services.application_material (
    id             bigint generated always as identity primary key,
    application_id bigint       not null references services.application (id) on delete cascade,
    position       integer      not null,
    filename       varchar(200) not null,
    content_type   varchar(40)  not null,
    size_bytes     integer      not null,
    sha256         char(64)     not null,
    storage_path   varchar(300) not null,
    uploaded_at    timestamptz  not null
);
create index application_material_application on services.application_material (application_id);

-- The timeline of an application: every step, who took it, and what changed.
create table services.application_step (
    id             bigint generated always as identity primary key,
    application_id bigint       not null references services.application (id) on delete cascade,
    at             timestamptz  not null,
    actor          varchar(100) not null,
    action         varchar(40)  not null,
    from_status    varchar(24),
    to_status      varchar(24)  not null,
    note           text
);
create index application_step_application on services.application_step (application_id, id);

-- 补正: one notice listing everything missing at once (一次性告知).
create table services.correction (
    id             bigint generated always as identity primary key,
    application_id bigint       not null references services.application (id) on delete cascade,
    requested_at   timestamptz  not null,
    requested_by   varchar(100) not null,
    missing        text         not null,
    note           text,
    resolved_at    timestamptz
);
create index correction_application on services.correction (application_id);

create table services.notification (
    id             bigint generated always as identity primary key,
    user_id        bigint       not null,
    application_id bigint       references services.application (id) on delete cascade,
    message        text         not null,
    created_at     timestamptz  not null,
    read_at        timestamptz
);
create index notification_user on services.notification (user_id, id);
