-- The documents a service office issues on an application: the receipt (受理回执) when it is accepted, and one
-- written decision (准予许可决定书, 不予许可决定书 or 不予受理通知书). Each carries a number of its department, kind and
-- year (公安局受字〔2026〕第000123号), issued once in the transaction of the step and printed the same ever after.
create table services.document_counter (
    department_id bigint      not null,
    kind          varchar(16) not null,
    year          integer     not null,
    last          integer     not null,
    primary key (department_id, kind, year)
);

create table services.document (
    id             bigint generated always as identity primary key,
    application_id bigint      not null references services.application (id),
    kind           varchar(16) not null check (kind in ('RECEIPT', 'NOT_ACCEPTED', 'APPROVED', 'REJECTED')),
    department_id  bigint      not null,
    year           integer     not null,
    serial         integer     not null check (serial > 0),
    number         varchar(80) not null unique,
    issued_on      date        not null,
    -- a receipt states the promised time limit as it stood at acceptance; corrections move the deadline later,
    -- not the receipt
    promised_days  integer,
    due_on         date,
    check ((kind = 'RECEIPT') = (promised_days is not null and due_on is not null)),
    unique (department_id, kind, year, serial),
    unique (application_id, kind)
);
-- an application has one decision at most
create unique index document_one_decision on services.document (application_id) where kind <> 'RECEIPT';
