create schema if not exists plan;

-- An implementation plan as issued, and its state: imported (DRAFT, names being mapped), ACTIVE, ARCHIVED.
create table plan.plan (
    id           bigint generated always as identity primary key,
    title        varchar(300) not null,
    issuer       varchar(200),
    issued_on    date,
    year         integer      not null check (year between 2000 and 2100),
    status       varchar(16)  not null check (status in ('DRAFT', 'ACTIVE', 'ARCHIVED')),
    source_name  varchar(200) not null,
    imported_by  varchar(100) not null,
    imported_at  timestamptz  not null,
    report_due_day integer    not null default 5 check (report_due_day between 1 and 28),
    version      integer      not null default 0
);

create table plan.chapter (
    id       bigint generated always as identity primary key,
    plan_id  bigint       not null references plan.plan (id) on delete cascade,
    position integer      not null,
    number   varchar(10)  not null,
    title    varchar(300) not null,
    unique (plan_id, position)
);

create table plan.task (
    id         bigint generated always as identity primary key,
    plan_id    bigint        not null references plan.plan (id) on delete cascade,
    chapter_id bigint        not null references plan.chapter (id) on delete cascade,
    seq        integer       not null,
    number     varchar(10)   not null,
    title      varchar(300)  not null,
    content    text          not null,
    unique (plan_id, seq)
);

-- One department's part in a task. department_id is null while the written name is unmapped.
create table plan.assignment (
    id                 bigint generated always as identity primary key,
    task_id            bigint       not null references plan.task (id) on delete cascade,
    written_name       varchar(100) not null,
    department_id      bigint,
    role               varchar(8)   not null check (role in ('LEAD', 'CO')),
    stage              varchar(24)  not null default 'ISSUED'
                           check (stage in ('ISSUED', 'SIGNED', 'MEASURES_SUBMITTED', 'IN_PROGRESS', 'COMPLETED', 'ARCHIVED')),
    signed_at          timestamptz,
    signed_by          varchar(100),
    responsible_leader varchar(50),
    contact_person     varchar(50),
    contact_phone      varchar(20),
    measures           text,
    measures_comment   text,
    completion_report  text,
    completed_at       timestamptz,
    archive_statement  text,
    archived_at        timestamptz,
    status             varchar(16)  not null default 'NOT_STARTED'
                           check (status in ('NOT_STARTED', 'IN_PROGRESS', 'COMPLETED', 'DELAYED')),
    light              varchar(8)   not null default 'GREEN' check (light in ('GREEN', 'YELLOW', 'RED')),
    status_computed_at timestamptz,
    version            integer      not null default 0,
    unique (task_id, written_name)
);
create index assignment_department on plan.assignment (department_id, id);

create table plan.milestone (
    id              bigint generated always as identity primary key,
    assignment_id   bigint       not null references plan.assignment (id) on delete cascade,
    title           varchar(200) not null,
    original_due_on date         not null,
    due_on          date         not null,
    extensions      integer      not null default 0,
    done_on         date,
    reminded_on     date,
    overdue_marked  boolean      not null default false
);
create index milestone_assignment on plan.milestone (assignment_id);
create index milestone_open_due on plan.milestone (due_on) where done_on is null;

create table plan.extension_request (
    id              bigint generated always as identity primary key,
    milestone_id    bigint       not null references plan.milestone (id) on delete cascade,
    requested_due_on date        not null,
    reason          text         not null,
    status          varchar(10)  not null default 'PENDING' check (status in ('PENDING', 'APPROVED', 'REJECTED')),
    requested_by    varchar(100) not null,
    requested_at    timestamptz  not null,
    decided_by      varchar(100),
    decided_at      timestamptz,
    comment         text
);
create unique index one_pending_extension on plan.extension_request (milestone_id) where status = 'PENDING';

create table plan.progress_report (
    id            bigint generated always as identity primary key,
    assignment_id bigint       not null references plan.assignment (id) on delete cascade,
    period        char(7)      not null check (period ~ '^[0-9]{4}-[0-9]{2}$'),
    due_on        date         not null,
    text          text         not null,
    stage         varchar(100),
    percent       integer      not null check (percent between 0 and 100),
    problems      text,
    status        varchar(10)  not null default 'SUBMITTED' check (status in ('SUBMITTED', 'ACCEPTED', 'RETURNED')),
    submitted_by  varchar(100) not null,
    submitted_at  timestamptz  not null,
    reviewed_by   varchar(100),
    reviewed_at   timestamptz,
    comment       text
);
create index progress_report_assignment on plan.progress_report (assignment_id, period);
create unique index one_live_report_per_period on plan.progress_report (assignment_id, period) where status <> 'RETURNED';

create table plan.report_attachment (
    id           bigint generated always as identity primary key,
    report_id    bigint       not null references plan.progress_report (id) on delete cascade,
    filename     varchar(200) not null,
    content_type varchar(100) not null,
    size_bytes   integer      not null check (size_bytes <= 10485760),
    sha256       char(64)     not null,
    content      bytea        not null
);

-- 督办单: 提醒 → 催办 → 督办 → 通报
create table plan.notice (
    id            bigint generated always as identity primary key,
    assignment_id bigint       not null references plan.assignment (id) on delete cascade,
    level         varchar(10)  not null check (level in ('REMIND', 'URGE', 'SUPERVISE', 'BULLETIN')),
    text          text         not null,
    issued_by     varchar(100) not null,
    issued_at     timestamptz  not null,
    respond_by    date         not null,
    response      text,
    responded_by  varchar(100),
    responded_at  timestamptz,
    escalated_to  bigint       references plan.notice (id)
);
create index notice_assignment on plan.notice (assignment_id);

-- Reminders the scheduled job sends, kept so each is sent once.
create table plan.reminder (
    id            bigint generated always as identity primary key,
    assignment_id bigint       not null references plan.assignment (id) on delete cascade,
    kind          varchar(24)  not null,
    reference     varchar(40)  not null,
    message       text         not null,
    created_at    timestamptz  not null,
    read_at       timestamptz,
    unique (assignment_id, kind, reference)
);

create table plan.watch (
    user_id bigint not null,
    task_id bigint not null references plan.task (id) on delete cascade,
    primary key (user_id, task_id)
);

-- Which measured indicator (by key, from any module) is shown next to which task.
create table plan.indicator_binding (
    task_id       bigint      not null references plan.task (id) on delete cascade,
    indicator_key varchar(80) not null,
    primary key (task_id, indicator_key)
);

-- Guards the daily status job so that only one instance runs it at a time.
create table plan.job_run (
    job        varchar(40) primary key,
    last_run   timestamptz
);
