create schema if not exists platform;

-- Append-only audit trail. Each entry carries the SM3 hash of the one before it (prev_hash) and
-- its own hash over a canonical serialization of its fields (see AuditHash), so that a changed,
-- removed or inserted row breaks the chain. The genesis entry's prev_hash is 64 zeros.
create table platform.audit_entry (
	id               bigint generated always as identity primary key,
	occurred_at      timestamptz  not null,
	actor            varchar(100) not null,
	actor_department varchar(100),
	action           varchar(100) not null,
	subject_type     varchar(100) not null,
	subject_id       varchar(100) not null,
	before_state     text,
	after_state      text,
	detail           text,
	prev_hash        char(64)     not null,
	hash             char(64)     not null unique,
	-- Two entries linking to the same predecessor would fork the chain: refuse it here rather than
	-- trust every writer to have taken the append lock in a fresh snapshot.
	constraint audit_entry_prev_hash_unique unique (prev_hash),
	constraint audit_entry_hashes_are_hex check (prev_hash ~ '^[0-9a-f]{64}$' and hash ~ '^[0-9a-f]{64}$')
);

-- Keyset paging walks id downwards, so every search index ends in id.
create index audit_entry_subject_idx on platform.audit_entry (subject_type, subject_id, id desc);
create index audit_entry_actor_idx on platform.audit_entry (actor, id desc);
create index audit_entry_action_idx on platform.audit_entry (action, id desc);
create index audit_entry_occurred_at_idx on platform.audit_entry (occurred_at, id desc);

-- The application never changes or removes an entry; refuse it in the database too, so that a bug
-- or a careless script cannot either. Someone with rights to disable triggers still can: the hash
-- chain is what detects that.
create function platform.audit_entry_refuse_change() returns trigger
	language plpgsql as $$
begin
	-- The default SQLSTATE (P0001) on purpose: insufficient_privilege (42501) would reach Java as a
	-- "bad SQL grammar" error, which misleads whoever reads the log.
	raise exception 'platform.audit_entry is append-only: % refused', tg_op;
end;
$$;

create trigger audit_entry_no_update_or_delete
	before update or delete on platform.audit_entry
	for each row execute function platform.audit_entry_refuse_change();

create trigger audit_entry_no_truncate
	before truncate on platform.audit_entry
	for each statement execute function platform.audit_entry_refuse_change();
