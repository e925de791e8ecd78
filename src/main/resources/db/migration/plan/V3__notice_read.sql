-- The supervision office reads a department's answer to a notice and marks it read (已阅), which takes
-- it off the office's to-do list.
alter table plan.notice
    add column read_by varchar(100),
    add column read_at timestamptz;
create index notice_answered_unread on plan.notice (responded_at) where response is not null and read_at is null;
