-- Flexible-employment pension enrolment (灵活就业人员参保), kept by the human resources bureau (人社局).

-- The contribution base band the bureau publishes for each year (yuan a month), changed on the bands page.
create table residence.pension_band (
	year       integer primary key check (year between 2000 and 2100),
	lower_base integer not null check (lower_base > 0),
	upper_base integer not null,
	version    integer not null default 0,
	check (upper_base >= lower_base)
);

-- The bands published when the module came in; later years are added on the page.
insert into residence.pension_band (year, lower_base, upper_base) values (2026, 3800, 19000), (2027, 3900, 19500);

-- An enrolment, written when an application is approved. The person is named by the blind index of the ID number.
create table residence.pension_enrolment (
	id                 bigint generated always as identity primary key,
	application_id     bigint      not null unique,
	application_number varchar(30) not null,
	applicant_user_id  bigint      not null,
	person_key         bytea       not null check (octet_length(person_key) = 32),
	year               integer     not null,
	contribution_base  integer     not null check (contribution_base > 0),
	enrolled_on        date        not null,
	version            integer     not null default 0
);

create unique index pension_enrolment_one_per_person_year on residence.pension_enrolment (person_key, year);
create index pension_enrolment_enrolled_on_idx on residence.pension_enrolment (enrolled_on);
create index pension_enrolment_applicant_idx on residence.pension_enrolment (applicant_user_id);
