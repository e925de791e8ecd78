create schema if not exists residence;

-- A residence permit (居住证). Never deleted: a lapse, a replacement or a cancellation ends it (ended_on) and a
-- replacement is a new row. The holder is named by the blind index of the ID number (person_key), never the number.
create table residence.permit (
	id                 bigint generated always as identity primary key,
	permit_number      varchar(30)  not null unique,
	person_key         bytea        not null check (octet_length(person_key) = 32),
	status             varchar(12)  not null check (status in ('VALID', 'LAPSED', 'REPLACED', 'CANCELLED')),
	issued_on          date         not null,
	valid_from         date         not null,
	-- the last day covered by the issue or the latest endorsement (签注)
	valid_until        date         not null check (valid_until >= valid_from),
	-- the first day the permit no longer counts: lapsed, replaced or cancelled; null while it stands
	ended_on           date         check (ended_on is null or ended_on >= valid_from),
	-- the card data of Art. 4: name, sex, ID number (SM4-GCM, never in clear), address, issuing authority
	holder_name        varchar(50)  not null,
	sex                char(1)      not null check (sex in ('M', 'F')),
	id_number_enc      bytea        not null,
	address            varchar(300) not null,
	issuing_authority  varchar(100) not null,
	-- the application it was issued on, whose second material is the photo; null for a replacement's own row
	application_number varchar(40)  unique,
	photo_position     integer      not null default 2,
	-- who applied: the holder, or the guardian of a child under 16; the resident's pages show their own by this
	applicant_user_id  bigint       not null,
	by_guardian        boolean      not null default false,
	-- the permit this one replaced (换领/补领)
	replaces_id        bigint       references residence.permit (id),
	replacement_kind   varchar(8)   check (replacement_kind in ('RENEWAL', 'LOSS')),
	last_endorsed_on   date,
	version            integer      not null default 0
);

create index permit_person_idx on residence.permit (person_key, valid_from);
create index permit_applicant_idx on residence.permit (applicant_user_id, id);
create index permit_standing_idx on residence.permit (valid_until) where status = 'VALID';

-- Permit numbers read as <county code><year><serial>, e.g. 2108822026000042.
create sequence residence.permit_serial;
