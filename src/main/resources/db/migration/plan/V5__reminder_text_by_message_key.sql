-- A reminder keeps what it says as a message key with its arguments, worded in each reader's language when shown.
-- Reminders written before keep their stored text and are shown as it stands.
alter table plan.reminder
    add column message_key  varchar(100),
    add column message_args text[],
    alter column message drop not null;
