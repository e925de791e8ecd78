-- Notices and the platform's notes on a case's timeline are kept as a message key and its arguments (JSON), and
-- worded in the reader's language when shown. Rows written before keep their text in message / note, and are shown
-- as written.
alter table cityops.notification add column message_key varchar(100);
alter table cityops.notification add column message_args jsonb;
alter table cityops.notification alter column message drop not null;
alter table cityops.notification add constraint notification_text check (message is not null or message_key is not null);

alter table cityops.case_step add column note_key varchar(100);
alter table cityops.case_step add column note_args jsonb;
