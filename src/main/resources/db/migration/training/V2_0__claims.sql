-- Subsidy claims (补贴申领) for closed classes, the bureau's review, the finance bureau's approval and the disbursement
-- ledger (拨付台账).

-- A provider's claim for one closed class. The rules it was checked by are frozen into it: a later change of the
-- year's rules or standards never alters it.
create table training.claim (
	id               bigint generated always as identity primary key,
	-- PXBT<year>-<serial>, shown to everyone
	number           varchar(20)   not null unique,
	class_id         bigint        not null references training.training_class (id),
	provider_id      bigint        not null references training.provider (id),
	-- SUBMITTED → REVIEWED (人社局, lines may be cut) → APPROVED (财政局) → PAID (its batch confirmed);
	-- RETURNED by either bureau with a reason, after which the class may be claimed again
	status           varchar(10)   not null check (status in ('SUBMITTED', 'REVIEWED', 'APPROVED', 'PAID', 'RETURNED')),
	submitted_at     timestamptz   not null,
	submitted_by     varchar(50)   not null,
	reviewed_at      timestamptz,
	reviewed_by      varchar(50),
	decided_at       timestamptz,
	decided_by       varchar(50),
	returned_reason  varchar(200),
	-- the rules in force, frozen when the claim was checked
	rule_year        integer       not null,
	yearly_cap       integer       not null,
	attendance_share numeric(4,3)  not null,
	standard_amount  numeric(10,2) not null,
	min_hours        integer       not null,
	version          integer       not null default 0,
	check ((status = 'RETURNED') = (returned_reason is not null))
);
create unique index claim_one_open_per_class on training.claim (class_id) where status <> 'RETURNED';
create index claim_provider_idx on training.claim (provider_id, id);

-- One line per trainee on the class's roster: granted with its amount, refused by the rule named, or cut by the
-- bureau's reviewer with a reason.
create table training.claim_line (
	id              bigint generated always as identity primary key,
	claim_id        bigint        not null references training.claim (id),
	enrolment_id    bigint        not null references training.enrolment (id),
	status          varchar(8)    not null check (status in ('GRANTED', 'REFUSED', 'CUT')),
	amount          numeric(10,2) not null check (amount >= 0),
	-- the first rule that refused it (ClaimRule), or null when granted
	refused_rule    varchar(24),
	-- every rule that refused it, as ClaimRule names separated by commas
	refused_rules   varchar(200),
	cut_reason      varchar(200),
	cut_by          varchar(50),
	unique (claim_id, enrolment_id),
	check ((status = 'REFUSED') = (refused_rule is not null)),
	check ((status = 'CUT') = (cut_reason is not null)),
	check (status = 'GRANTED' or amount = 0)
);
create index claim_line_claim_idx on training.claim_line (claim_id);

-- Who has been subsidised for what: a granted line holds its person, occupation, level and year from the claim's
-- submission until it is cut or its claim returned (the row is then deleted), so two claims can never both pay one
-- person for one occupation and level. The past subsidised trainings every new claim is checked against.
create table training.subsidised (
	person_key      bytea        not null check (octet_length(person_key) = 32),
	occupation_code varchar(20)  not null,
	level           varchar(12)  not null,
	year            integer      not null,
	claim_line_id   bigint       unique references training.claim_line (id),
	primary key (person_key, occupation_code, level)
);
create index subsidised_person_year_idx on training.subsidised (person_key, year);

-- A disbursement batch (拨付批次) the finance bureau sends to the treasury, and the claims in it. A batch is
-- reconciled when its payment is confirmed: what the bank paid per claim against what was approved.
create table training.disbursement_batch (
	id              bigint generated always as identity primary key,
	number          varchar(20)   not null unique,
	status          varchar(10)   not null check (status in ('OPEN', 'SENT', 'CONFIRMED')),
	created_at      timestamptz   not null,
	created_by      varchar(50)   not null,
	sent_at         timestamptz,
	confirmed_at    timestamptz,
	confirmed_by    varchar(50),
	-- the treasury's or bank's voucher (国库支付凭证号)
	voucher         varchar(40),
	total           numeric(14,2) not null default 0 check (total >= 0),
	paid_total      numeric(14,2) check (paid_total >= 0),
	version         integer       not null default 0,
	check ((status = 'CONFIRMED') = (confirmed_at is not null and voucher is not null and paid_total is not null))
);

create table training.disbursement (
	id          bigint generated always as identity primary key,
	batch_id    bigint        not null references training.disbursement_batch (id),
	claim_id    bigint        not null unique references training.claim (id),
	provider_id bigint        not null references training.provider (id),
	amount      numeric(12,2) not null check (amount >= 0),
	-- what the payment confirmation says was paid; differs from the amount only as a reconciliation difference
	paid        numeric(12,2) check (paid >= 0)
);
create index disbursement_batch_idx on training.disbursement (batch_id);
