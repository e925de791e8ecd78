-- Public rental housing for new citizens (公租房), kept by the housing bureau (住建局).

-- The rules of eligibility and of the points that rank the waiting list: one row, changed on the rules page (each
-- change audited). Incomes are yuan a month per head of the household, areas square metres per head.
create table residence.housing_rules (
	id                      smallint     primary key default 1 check (id = 1),
	max_income_per_head     integer      not null check (max_income_per_head between 0 and 100000),
	max_area_per_head       numeric(6,1) not null check (max_area_per_head between 0 and 1000),
	points_per_member       integer      not null check (points_per_member between 0 and 100),
	max_members_counted     integer      not null check (max_members_counted between 1 and 20),
	points_without_housing  integer      not null check (points_without_housing between 0 and 100),
	points_per_income_step  integer      not null check (points_per_income_step between 0 and 100),
	income_step             integer      not null check (income_step between 1 and 100000),
	points_per_area_step    integer      not null check (points_per_area_step between 0 and 100),
	area_step               numeric(6,1) not null check (area_step between 0.1 and 1000),
	version                 integer      not null default 0
);

-- The baseline the bureau starts from, needed in production as much as in the demo.
insert into residence.housing_rules (max_income_per_head, max_area_per_head, points_per_member, max_members_counted,
	points_without_housing, points_per_income_step, income_step, points_per_area_step, area_step)
values (3000, 15.0, 10, 5, 20, 2, 100, 1, 1.0);

-- The housing stock: one unit a row, never deleted.
create table residence.housing_unit (
	id          bigint generated always as identity primary key,
	estate      varchar(50)  not null,
	unit_number varchar(30)  not null,
	area        numeric(6,1) not null check (area > 0 and area <= 500),
	status      varchar(8)   not null check (status in ('FREE', 'LET')),
	-- the waiting-list entry housed in it while let
	tenant_id   bigint,
	version     integer      not null default 0,
	unique (estate, unit_number),
	check ((status = 'LET') = (tenant_id is not null))
);

-- The waiting list: an approved application joins it, and leaves it housed. The applicant is named by the blind index
-- of the ID number (person_key) and their user id, never the number.
create table residence.housing_waiting (
	id                 bigint generated always as identity primary key,
	application_id     bigint        not null unique,
	application_number varchar(30)   not null,
	applicant_user_id  bigint        not null,
	person_key         bytea         not null check (octet_length(person_key) = 32),
	household_size     integer       not null check (household_size between 1 and 20),
	household_income   integer       not null check (household_income between 0 and 1000000),
	housing_area       numeric(7,1)  not null check (housing_area between 0 and 10000),
	points             integer       not null,
	listed_on          date          not null,
	status             varchar(8)    not null check (status in ('WAITING', 'HOUSED')),
	unit_id            bigint        references residence.housing_unit (id),
	housed_on          date,
	version            integer       not null default 0,
	check ((status = 'HOUSED') = (unit_id is not null and housed_on is not null))
);

-- the ranking: most points first, then the earliest listed, then the lowest id
create index housing_waiting_rank_idx on residence.housing_waiting (status, points desc, listed_on, id);
create index housing_waiting_applicant_idx on residence.housing_waiting (applicant_user_id);
create index housing_waiting_housed_on_idx on residence.housing_waiting (housed_on) where housed_on is not null;
create unique index housing_waiting_one_open_per_person on residence.housing_waiting (person_key) where status = 'WAITING';
