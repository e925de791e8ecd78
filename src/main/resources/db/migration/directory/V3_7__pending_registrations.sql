-- Resident registrations waiting for the code sent to the phone: the account is made only when the code is
-- confirmed. Personal identifiers are held as in app_user (ciphertext and blind index), the code only as a hash.
create table directory.pending_registration (
    token         uuid         primary key,
    username      varchar(50)  not null,
    display_name  varchar(100) not null,
    id_number_enc bytea        not null,
    id_number_idx bytea        not null,
    phone_enc     bytea        not null,
    phone_idx     bytea        not null,
    password_hash varchar(200) not null,
    code_hash     bytea        not null,
    attempts      integer      not null default 0,
    expires_at    timestamptz  not null
);
create index pending_registration_expiry_idx on directory.pending_registration (expires_at);
