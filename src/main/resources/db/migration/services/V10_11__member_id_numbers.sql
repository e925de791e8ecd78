-- Every ID number a form holds besides the applicant's (household members moving together, a spouse …), as a
-- blind index (HMAC-SM3 of the normalised number, never the number), so that a clerk finds an application by any
-- person on it. The numbers themselves stay inside the encrypted form.
create table services.application_identifier (
    application_id bigint       not null references services.application (id) on delete cascade,
    field          varchar(100) not null,
    id_number_idx  bytea        not null check (octet_length(id_number_idx) = 32),
    primary key (application_id, field)
);
create index application_identifier_idx on services.application_identifier (id_number_idx);

-- Forms stored before: their numbers may be stored as typed (padded, full-width, lower-case x). The platform
-- normalises and indexes them once on its next start (StoredFormIdentifiers), then marks them; forms written
-- from now on are normalised and indexed as they are written.
alter table services.application add column identifiers_indexed boolean not null default false;
alter table services.application alter column identifiers_indexed set default true;
