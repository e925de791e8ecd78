create schema if not exists settlement;

-- The settlement rules, one per category, as data the police department changes (each change audited).
-- Restrictions are abolished: both minimums are 0. The policy engine still reads them, so that a change of
-- rules is a change of data, not of code.
create table settlement.policy (
	category                    varchar(32)  primary key
		check (category in ('LEGAL_RESIDENCE_OWNED', 'LEGAL_RESIDENCE_RENTED', 'LEGAL_EMPLOYMENT', 'FAMILY_SPOUSE',
			'FAMILY_CHILD', 'FAMILY_PARENT', 'TALENT_GRADUATE', 'OTHER')),
	name                        varchar(50)  not null,
	required_evidence           text[]       not null,
	min_residence_months        integer      not null default 0 check (min_residence_months between 0 and 240),
	min_social_insurance_months integer      not null default 0 check (min_social_insurance_months between 0 and 240),
	active                      boolean      not null default true,
	version                     integer      not null default 0
);

-- The baseline of the abolished restrictions, needed in production as much as in the demo.
insert into settlement.policy (category, name, required_evidence) values
	('LEGAL_RESIDENCE_OWNED', '合法稳定住所（自有住房）', array['不动产权证书或购房合同']),
	('LEGAL_RESIDENCE_RENTED', '合法稳定住所（租赁住房）', array['房屋租赁合同（含租赁登记备案）']),
	('LEGAL_EMPLOYMENT', '合法稳定就业', array['劳动合同，或营业执照']),
	('FAMILY_SPOUSE', '投靠配偶', array['结婚证', '配偶的居民户口簿']),
	('FAMILY_CHILD', '子女投靠父母', array['出生医学证明或亲子关系证明', '父（母）的居民户口簿']),
	('FAMILY_PARENT', '父母投靠子女', array['亲属关系证明', '子女的居民户口簿']),
	('TALENT_GRADUATE', '人才及高校毕业生', array['毕业证书，或专业技术职称、职业技能等级证书']),
	('OTHER', '其他', array['能说明落户理由的证明材料']);

-- The local household registry an approved settlement writes: one household per application, headed by the
-- applicant. Numbers read as <township code>-<serial>, e.g. 210882003-000042.
create sequence settlement.household_serial;

create table settlement.household (
	id                        bigint generated always as identity primary key,
	household_number          varchar(20)  not null unique,
	address                   varchar(200) not null,
	division_code             char(12)     not null,
	grid_cell_id              bigint,
	created_at                timestamptz  not null,
	-- a redelivered approval finds its household here instead of writing a second one
	source_application_number varchar(40)  not null unique
);

-- A registered person. The ID number is stored SM4-GCM encrypted with an HMAC-SM3 blind index; never in clear.
create table settlement.resident (
	id                   bigint generated always as identity primary key,
	household_id         bigint       not null references settlement.household (id),
	name                 varchar(50)  not null,
	id_number_enc        bytea        not null,
	id_number_idx        bytea        not null unique check (octet_length(id_number_idx) = 32),
	-- 户主 / 配偶 / 子女 / 父母 / 其他
	relation             varchar(8)   not null check (relation in ('HEAD', 'SPOUSE', 'CHILD', 'PARENT', 'OTHER')),
	origin_hukou_address varchar(200) not null,
	settled_on           date         not null,
	application_number   varchar(40)  not null
);

create index resident_household_idx on settlement.resident (household_id);
create unique index resident_one_head_per_household on settlement.resident (household_id) where relation = 'HEAD';

-- Read model of the settlement applications, fed by the services module's events, for the plan indicators.
create table settlement.statistics (
	application_id     bigint      primary key,
	application_number varchar(40) not null,
	submitted_at       timestamptz,
	online             boolean,
	decided_at         timestamptz,
	approved           boolean,
	working_days       integer     check (working_days >= 0)
);

create index statistics_submitted_at_idx on settlement.statistics (submitted_at);
create index statistics_decided_at_idx on settlement.statistics (decided_at);
