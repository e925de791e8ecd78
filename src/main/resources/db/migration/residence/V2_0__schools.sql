-- Migrant children's school places (随迁子女入学入园), kept by the education bureau.

-- The grades a child may apply for, with the ages (full years on the round's cut-off date) that fit each.
create table residence.school_grade (
	code     varchar(4)  primary key,
	stage    varchar(12) not null check (stage in ('KINDERGARTEN', 'PRIMARY', 'JUNIOR')),
	position integer     not null unique,
	min_age  integer     not null check (min_age between 2 and 16),
	max_age  integer     not null check (max_age >= min_age and max_age <= 16)
);

insert into residence.school_grade (code, stage, position, min_age, max_age) values
	('K1', 'KINDERGARTEN', 1, 3, 3),
	('K2', 'KINDERGARTEN', 2, 4, 4),
	('K3', 'KINDERGARTEN', 3, 5, 5),
	('P1', 'PRIMARY', 4, 6, 7),
	('J1', 'JUNIOR', 5, 11, 13);

-- A school or kindergarten, standing in a community or village (whose town it counts under).
create table residence.school (
	id            bigint generated always as identity primary key,
	name          varchar(60) not null unique,
	kind          varchar(12) not null check (kind in ('KINDERGARTEN', 'PRIMARY', 'JUNIOR')),
	division_code varchar(12) not null,
	version       integer     not null default 0
);

-- The grid cells a school serves first (学区).
create table residence.school_catchment (
	school       bigint not null references residence.school (id) on delete cascade,
	grid_cell_id bigint not null,
	primary key (school, grid_cell_id)
);

-- Places a school offers in a grade in a year's round.
create table residence.school_places (
	school bigint     not null references residence.school (id) on delete cascade,
	year   integer    not null check (year between 2000 and 2100),
	grade  varchar(4) not null references residence.school_grade (code),
	places integer    not null check (places between 0 and 10000),
	primary key (school, year, grade)
);

-- One allocation round per year: the reference date of eligibility, the cut-off date of ages, the lottery seed
-- (published before the draw) and when it was drawn.
create table residence.school_round (
	id                bigint generated always as identity primary key,
	year              integer     not null unique check (year between 2000 and 2100),
	reference_date    date        not null,
	cutoff_date       date        not null,
	status            varchar(16) not null check (status in ('OPEN', 'SEED_PUBLISHED', 'DRAWN')),
	seed              varchar(64),
	seed_published_at timestamptz,
	drawn_at          timestamptz,
	version           integer     not null default 0,
	check ((status = 'OPEN') = (seed is null))
);

-- A child's application for a place, recorded from the one-stop core when the guardian submits it, then its
-- outcome in the round and the guardian's answer. People are named by the blind index of the ID number.
create table residence.school_application (
	id                bigint generated always as identity primary key,
	application_id    bigint      not null unique,
	application_number varchar(30) not null,
	guardian_user_id  bigint      not null,
	guardian_key      bytea       not null check (octet_length(guardian_key) = 32),
	child_key         bytea       not null check (octet_length(child_key) = 32),
	child_name_enc    bytea       not null,
	child_id_enc      bytea       not null,
	year              integer     not null,
	grade             varchar(4)  not null references residence.school_grade (code),
	school            bigint      not null references residence.school (id),
	grid_cell_id      bigint      not null,
	residence_since   date        not null,
	sibling_declared  boolean     not null default false,
	status            varchar(12) not null check (status in ('APPLIED', 'WITHDRAWN', 'INELIGIBLE', 'OFFERED', 'WAITING',
		'ACCEPTED', 'DECLINED')),
	catchment         boolean,
	sibling           boolean,
	lottery           bigint,
	priority_rank     integer,
	offered_at        timestamptz,
	answered_at       timestamptz,
	version           integer     not null default 0
);

-- A child applies once a year; a withdrawn application may be made again.
create unique index school_application_child_idx on residence.school_application (year, child_key)
	where status <> 'WITHDRAWN';

create index school_application_slot_idx on residence.school_application (year, school, grade, status, priority_rank);
create index school_application_guardian_idx on residence.school_application (guardian_user_id);
