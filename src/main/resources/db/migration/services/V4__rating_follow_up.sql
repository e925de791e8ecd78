-- 差评整改: every unsatisfied rating (1 or 2 of 5) is followed up by the department that handled the application:
-- it contacts the applicant (回访) and puts right what went wrong (整改) within a time limit in working days.
create table services.rating_follow_up (
    application_id bigint       primary key references services.application (id),
    department_id  bigint       not null,
    rated_on       date         not null,
    due_on         date         not null,
    contact_note   text,
    measures       text,
    handled_by     varchar(50),
    handled_at     timestamptz,
    -- handled means all four, written together once
    constraint rating_follow_up_handled_whole check (
        (contact_note is null and measures is null and handled_by is null and handled_at is null)
        or (contact_note is not null and measures is not null and handled_by is not null and handled_at is not null))
);

create index rating_follow_up_open on services.rating_follow_up (department_id, due_on) where handled_at is null;
