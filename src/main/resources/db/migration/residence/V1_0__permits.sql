create schema if not exists residence;

-- A residence permit (居住证). Never deleted: a lapse, a replacement or a cancellation ends it (ended_on) and a
-- replacement is a new row. The holder is named by the blind index of the ID number (person_key), never the number.
create table residence.permit (
	id            bigint generated always as identity primary key,
	permit_number varchar(30) not null unique,
	person_key    bytea       not null check (octet_length(person_key) = 32),
	status        varchar(12) not null check (status in ('VALID', 'LAPSED', 'REPLACED', 'CANCELLED')),
	issued_on     date        not null,
	valid_from    date        not null,
	-- the last day covered by the issue or the latest endorsement (签注)
	valid_until   date        not null check (valid_until >= valid_from),
	-- the first day the permit no longer counts: lapsed, replaced or cancelled; null while it stands
	ended_on      date        check (ended_on is null or ended_on >= valid_from),
	version       integer     not null default 0
);

create index permit_person_idx on residence.permit (person_key, valid_from);
