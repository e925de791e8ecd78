-- 审批意见: what the clerk writes when approving, kept on the application for its timeline and decision.
alter table services.application add column decision_opinion varchar(2000);

-- A rating's timeline step keeps only the comment: the level is shown in words from the application's rating.
update services.application_step set note = nullif(regexp_replace(note, '^[1-5]( |$)', ''), '') where action = 'rate';
