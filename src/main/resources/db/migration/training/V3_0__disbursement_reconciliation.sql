-- The disbursement ledger's reconciliation: who sent a batch to the treasury, and why what was paid for a claim
-- differs from its approved amount (a difference without a reason is refused).
alter table training.disbursement_batch add column sent_by varchar(50);

alter table training.disbursement add column difference_reason varchar(200);
alter table training.disbursement add constraint disbursement_difference_has_reason
	check (paid is null or paid = amount or difference_reason is not null);
