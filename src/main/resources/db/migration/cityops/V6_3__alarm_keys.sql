-- What an alarm says (its summary, how it cleared, its escalation notice) is kept as a message key and its
-- arguments (a JSON array: data as strings, texts as {"key", "args"}), and worded where it is shown, in the
-- reader's language. Alarms written before keep their Chinese wording, shown as it was through the key
-- cityops.alarm.stored ("{0}").
alter table cityops.alarm
    add column summary_key  text,
    add column summary_args jsonb,
    add column clear_key    text,
    add column clear_args   jsonb;
update cityops.alarm set summary_key = 'cityops.alarm.stored', summary_args = jsonb_build_array(summary);
update cityops.alarm set clear_key = 'cityops.alarm.stored', clear_args = jsonb_build_array(clear_summary)
where clear_summary is not null;
alter table cityops.alarm
    alter column summary_key set not null,
    alter column summary_args set not null,
    drop column summary,
    drop column clear_summary,
    add check ((clear_key is null) = (clear_args is null));

alter table cityops.alarm_notice
    add column message_key  text,
    add column message_args jsonb;
update cityops.alarm_notice set message_key = 'cityops.alarm.stored', message_args = jsonb_build_array(message);
alter table cityops.alarm_notice
    alter column message_key set not null,
    alter column message_args set not null,
    drop column message;
