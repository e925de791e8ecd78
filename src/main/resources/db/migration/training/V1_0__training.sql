-- Skills training for migrant workers (农民工职业技能提升), kept by the human resources bureau (人社局): approved
-- providers, the occupation catalogue, subsidy standards and claim rules as data per year, classes filed before they
-- open with their rosters, sessions, attendance and completion. Claims and payment are in V2.
create schema if not exists training;

-- The national occupation catalogue (国家职业分类大典, 2022) and the province's special abilities (专项职业能力), as
-- data the bureau keeps: a code and a name.
create table training.occupation (
	code      varchar(20)  primary key check (code ~ '^[0-9A-Z][0-9A-Z-]{2,19}$'),
	name      varchar(60)  not null,
	-- OCCUPATION: a catalogue occupation with skill levels; SPECIAL: a special ability (专项职业能力)
	kind      varchar(10)  not null check (kind in ('OCCUPATION', 'SPECIAL')),
	active    boolean      not null default true
);

-- An approved training institution or enterprise. Its staff are users of its directory body (department of kind
-- TRAINING_PROVIDER) with the PROVIDER role (ADR 25).
create table training.provider (
	id                bigint generated always as identity primary key,
	department_id     bigint       not null unique,
	name              varchar(100) not null unique,
	-- 统一社会信用代码 (GB 32100-2015), checked by its check character
	credit_code       char(18)     not null unique,
	kind              varchar(12)  not null check (kind in ('INSTITUTION', 'ENTERPRISE')),
	-- an institution's licence (民办职业培训学校办学许可证); none for an enterprise training its own workers
	licence_number    varchar(40),
	-- 规模以上企业 and 吸纳农民工较多企业, which the plan names as those to support
	above_scale       boolean      not null default false,
	many_migrants     boolean      not null default false,
	contact_name      varchar(50)  not null,
	contact_phone_enc bytea,
	approved_on       date         not null,
	status            varchar(10)  not null check (status in ('APPROVED', 'SUSPENDED')),
	version           integer      not null default 0,
	check (kind = 'ENTERPRISE' or licence_number is not null)
);

-- Subsidy standard per person (元) for a year, training type and level, and the hours it requires.
create table training.subsidy_standard (
	year          integer       not null check (year between 2000 and 2100),
	training_type varchar(16)   not null check (training_type in ('PRE_JOB', 'APPRENTICESHIP', 'UPGRADING')),
	level         varchar(12)   not null check (level in ('SPECIAL', 'JUNIOR', 'INTERMEDIATE', 'SENIOR')),
	amount        numeric(10,2) not null check (amount >= 0),
	min_hours     integer       not null check (min_hours > 0),
	primary key (year, training_type, level)
);

-- The claim rules of a year, as data: subsidised trainings per person per year, the share of hours a trainee must
-- attend. A claim freezes the rules it was checked by (V2).
create table training.claim_rule (
	year             integer      primary key check (year between 2000 and 2100),
	yearly_cap       integer      not null default 3 check (yearly_cap between 1 and 12),
	attendance_share numeric(4,3) not null default 0.800 check (attendance_share > 0 and attendance_share <= 1),
	changed_by       varchar(50)  not null,
	changed_at       timestamptz  not null,
	version          integer      not null default 0
);

-- A class (培训班) as filed with the bureau (开班备案) before it opens.
create table training.training_class (
	id              bigint generated always as identity primary key,
	provider_id     bigint       not null references training.provider (id),
	name            varchar(100) not null,
	occupation_code varchar(20)  not null references training.occupation (code),
	level           varchar(12)  not null check (level in ('SPECIAL', 'JUNIOR', 'INTERMEDIATE', 'SENIOR')),
	training_type   varchar(16)  not null check (training_type in ('PRE_JOB', 'APPRENTICESHIP', 'UPGRADING')),
	hours           integer      not null check (hours between 1 and 2000),
	capacity        integer      not null check (capacity between 1 and 500),
	starts_on       date         not null,
	ends_on         date         not null,
	-- the community or village where it is held; its town is the town of the class in the reports
	division_code   char(12)     not null,
	place           varchar(200) not null,
	teacher         varchar(50)  not null,
	-- when it was filed: a class filed on or after its first day is not subsidised (the claim says why)
	filed_at        timestamptz  not null,
	filed_by        varchar(50)  not null,
	-- FILED: open for its roster and sessions; CLOSED: finished, results recorded, may be claimed; CANCELLED
	status          varchar(10)  not null check (status in ('FILED', 'CLOSED', 'CANCELLED')),
	closed_on       date,
	version         integer      not null default 0,
	check (ends_on >= starts_on),
	check ((status = 'CLOSED') = (closed_on is not null))
);
create index training_class_provider_idx on training.training_class (provider_id, id);

-- A trainee, real-name by ID number: the number SM4-encrypted and blind-indexed, never in clear.
create table training.trainee (
	id            bigint generated always as identity primary key,
	person_key    bytea        not null unique check (octet_length(person_key) = 32),
	id_number_enc bytea        not null,
	name          varchar(50)  not null,
	phone_enc     bytea,
	-- as declared on the roster: RURAL (农村户籍) or URBAN; a migrant worker holds rural hukou or a valid permit
	hukou_kind    varchar(6)   not null check (hukou_kind in ('RURAL', 'URBAN')),
	version       integer      not null default 0
);

-- A trainee on a class's roster, in the order the roster was confirmed (seat 1, 2, …: beyond the capacity a seat is
-- not subsidised), with the result of the exam.
create table training.enrolment (
	id                 bigint generated always as identity primary key,
	class_id           bigint      not null references training.training_class (id),
	trainee_id         bigint      not null references training.trainee (id),
	seat               integer     not null check (seat > 0),
	-- decided when enrolled, from the declared hukou and the residence module's permits on the class's first day
	migrant_worker     boolean     not null,
	exam_result        varchar(6)  check (exam_result in ('PASSED', 'FAILED')),
	-- SKILL_LEVEL: 职业技能等级证书; SPECIAL_ABILITY: 专项能力证书
	certificate_kind   varchar(16) check (certificate_kind in ('SKILL_LEVEL', 'SPECIAL_ABILITY')),
	certificate_number varchar(40) unique,
	certified_on       date,
	version            integer     not null default 0,
	unique (class_id, trainee_id),
	unique (class_id, seat),
	check ((certificate_number is null) = (certificate_kind is null)),
	check ((certificate_number is null) = (certified_on is null)),
	check (certificate_number is null or exam_result = 'PASSED')
);
create index enrolment_trainee_idx on training.enrolment (trainee_id);

-- A session of a class (课次) and who attended it.
create table training.session (
	id        bigint generated always as identity primary key,
	class_id  bigint       not null references training.training_class (id),
	held_on   date         not null,
	hours     numeric(4,1) not null check (hours > 0 and hours <= 12),
	topic     varchar(100) not null,
	unique (class_id, held_on, topic)
);

create table training.attendance (
	session_id   bigint  not null references training.session (id),
	enrolment_id bigint  not null references training.enrolment (id),
	present      boolean not null,
	primary key (session_id, enrolment_id)
);
