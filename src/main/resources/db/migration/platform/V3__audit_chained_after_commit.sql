-- Entries are written unchained inside the business transaction and chained right after it commits by a
-- single chainer (AuditTrail.chainPending), so that no business transaction waits for the chain's lock.
-- The chain's order is chain_seq, assigned when an entry is chained; id stays the order of writing.
alter table platform.audit_entry disable trigger audit_entry_no_update_or_delete;
alter table platform.audit_entry add column chain_seq bigint;
update platform.audit_entry set chain_seq = id;
alter table platform.audit_entry enable trigger audit_entry_no_update_or_delete;

alter table platform.audit_entry
    alter column prev_hash drop not null,
    alter column hash drop not null,
    add constraint audit_entry_chain_seq_unique unique (chain_seq),
    -- chained means all three, written together once
    add constraint audit_entry_chained_whole check (
        (prev_hash is null and hash is null and chain_seq is null)
        or (prev_hash is not null and hash is not null and chain_seq is not null));

create index audit_entry_unchained_idx on platform.audit_entry (id) where chain_seq is null;

-- Still append-only: the one update allowed is chaining an unchained entry, which writes its position and
-- hashes and nothing else.
create or replace function platform.audit_entry_refuse_change() returns trigger
    language plpgsql as $$
begin
    if tg_op = 'UPDATE' and old.chain_seq is null and new.chain_seq is not null
            and new.id = old.id and new.occurred_at = old.occurred_at and new.actor = old.actor
            and new.actor_department is not distinct from old.actor_department and new.action = old.action
            and new.subject_type = old.subject_type and new.subject_id = old.subject_id
            and new.before_state is not distinct from old.before_state
            and new.after_state is not distinct from old.after_state
            and new.detail is not distinct from old.detail then
        return new;
    end if;
    -- The default SQLSTATE (P0001) on purpose: insufficient_privilege (42501) would reach Java as a
    -- "bad SQL grammar" error, which misleads whoever reads the log.
    raise exception 'platform.audit_entry is append-only: % refused', tg_op;
end;
$$;
