-- Notifications are stored as a message key and its arguments, worded in the reader's language when shown.
-- Older ones keep their wording (Chinese) in message, shown as they are.
alter table services.notification add column message_key varchar(100);
alter table services.notification add column message_args text[];
alter table services.notification alter column message drop not null;
alter table services.notification add constraint notification_worded_or_keyed
    check (message is not null or message_key is not null);

-- the timeline words the deadline of an acceptance or a resubmission itself; the note keeps the date
update services.application_step set note = regexp_replace(note, '^(承诺办结期限|新的办结期限) ', '')
where action in ('accept', 'resubmit') and note is not null;
