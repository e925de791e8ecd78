-- A roster sheet uploaded for a class and staged until its uploader confirms it (花名册导入): nothing reaches the
-- roster before that. Every row of the sheet is kept with its row number: a good row with the trainee's data (the ID
-- number SM4-encrypted beside its person key, never in clear), a bad row with the reason it cannot be taken.
create table training.roster_import (
	id           bigint generated always as identity primary key,
	class_id     bigint       not null references training.training_class (id),
	uploaded_by  varchar(50)  not null,
	uploaded_at  timestamptz  not null,
	file_name    varchar(200) not null,
	-- the last seat on the roster when the preview was made: a roster changed since makes the import stale
	last_seat    integer      not null check (last_seat >= 0),
	-- PENDING: previewed; CONFIRMED: its good rows are on the roster; DISCARDED: given up or superseded
	status       varchar(10)  not null check (status in ('PENDING', 'CONFIRMED', 'DISCARDED')),
	version      integer      not null default 0
);
create index roster_import_class_idx on training.roster_import (class_id, id);

create table training.roster_import_row (
	id            bigint generated always as identity primary key,
	import_id     bigint       not null references training.roster_import (id) on delete cascade,
	-- the row number as Excel shows it (the header is row 1)
	row_number    integer      not null check (row_number > 1),
	name          varchar(50),
	id_number_enc bytea,
	person_key    bytea        check (octet_length(person_key) = 32),
	phone_enc     bytea,
	hukou_kind    varchar(6)   check (hukou_kind in ('RURAL', 'URBAN')),
	-- a bad row: the message key of its reason and the arguments it is worded with
	problem_key   varchar(80),
	problem_args  text[],
	unique (import_id, row_number),
	check ((problem_key is null) = (person_key is not null)),
	check (problem_key is not null or (name is not null and id_number_enc is not null and hukou_kind is not null))
);
