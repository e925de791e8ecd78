-- The inbox can be narrowed to one service item: keyset pages of one item's tray walk this index instead of
-- filtering the department's whole tray.
create index application_inbox_item on services.application (department_id, item_code, status, id);
