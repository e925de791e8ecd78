-- Residence registration (居住登记): a person without local hukou lives at an address of the city from a start date,
-- on a basis (employment, housing or study). Written when the police approve the application; the clock of the
-- residence permit. Never deleted: moving away or settling ends it.
create table residence.registration (
	id                 bigint generated always as identity primary key,
	-- a redelivered approval finds its registration here instead of writing a second one
	application_number varchar(40)  not null unique,
	applicant_user_id  bigint       not null,
	person_key         bytea        not null check (octet_length(person_key) = 32),
	holder_name        varchar(50)  not null,
	-- SM4-GCM ciphertext of the ID number, never in clear
	id_number_enc      bytea        not null,
	division_code      char(12)     not null,
	grid_cell_id       bigint       not null,
	address_line       varchar(200) not null,
	basis              varchar(12)  not null check (basis in ('EMPLOYMENT', 'HOUSING', 'STUDY')),
	start_date         date         not null,
	-- the residence clock: the start date, or the day of a late endorsement of the person's permit (Art. 10)
	counted_from       date         not null check (counted_from >= start_date),
	status             varchar(8)   not null check (status in ('ACTIVE', 'ENDED')),
	end_date           date         check (end_date >= start_date),
	end_reason         varchar(12)  check (end_reason in ('MOVED_AWAY', 'SETTLED')),
	version            integer      not null default 0,
	check ((status = 'ENDED') = (end_date is not null and end_reason is not null))
);

create unique index registration_one_active_idx on residence.registration (person_key) where status = 'ACTIVE';
create index registration_applicant_idx on residence.registration (applicant_user_id, id);
