create schema if not exists directory;

-- Units of government and the bodies a plan assigns work to.
create table directory.department (
    id           bigint generated always as identity primary key,
    code         varchar(32)  not null unique,
    name         varchar(100) not null unique,
    short_name   varchar(50)  not null,
    kind         varchar(32)  not null check (kind in ('GOVERNMENT_OFFICE', 'BUREAU', 'BRANCH_OFFICE',
                     'DEVELOPMENT_ZONE', 'SUBDISTRICT', 'TOWN', 'BANK_BRANCH', 'ASSOCIATION', 'CENTER', 'OTHER')),
    division_code char(12),
    active       boolean      not null default true,
    version      integer      not null default 0
);

-- Every name a document may use for a department, normalized (no spaces, full-width brackets).
create table directory.department_alias (
    alias         varchar(100) primary key,
    department_id bigint       not null references directory.department (id) on delete cascade
);
create index department_alias_department on directory.department_alias (department_id);

-- Administrative divisions (统计用区划代码): county, subdistricts and towns, communities and villages.
create table directory.division (
    code                char(12)     primary key check (code ~ '^[0-9]{12}$'),
    name                varchar(100) not null,
    level               varchar(32)  not null check (level in ('county', 'subdistrict', 'town', 'township_other',
                            'community', 'village', 'village_level_other')),
    parent_code         char(12)     references directory.division (code),
    -- 城乡分类代码 (111 主城区 … 220 村庄); set by an administrator, null until known.
    urban_rural_code    char(3)      check (urban_rural_code in ('111', '112', '121', '122', '123', '210', '220')),
    urban_rural_assumed boolean      not null default false,
    source              varchar(200)
);
create index division_parent on directory.division (parent_code);

alter table directory.department
    add constraint department_division foreign key (division_code) references directory.division (code);

-- Grid cells (网格) under communities and villages.
create table directory.grid_cell (
    id            bigint generated always as identity primary key,
    code          varchar(32)  not null unique check (code ~ '^[0-9A-Za-z-]{4,32}$'),
    name          varchar(100) not null,
    division_code char(12)     not null references directory.division (code),
    geojson       text         not null,
    generated     boolean      not null default false,
    version       integer      not null default 0
);
create index grid_cell_division on directory.grid_cell (division_code);

create table directory.app_user (
    id            bigint generated always as identity primary key,
    username      varchar(50)  not null unique check (username ~ '^[a-z0-9][a-z0-9._-]{2,49}$'),
    password_hash varchar(200) not null,
    display_name  varchar(50)  not null,
    role          varchar(32)  not null check (role in ('RESIDENT', 'CLERK', 'DEPARTMENT_LEAD', 'SUPERVISOR',
                      'OPERATOR', 'GRID_OFFICER', 'ADMIN')),
    department_id bigint       references directory.department (id),
    -- personal identifiers: SM4-GCM ciphertext and HMAC-SM3 blind index, never plaintext
    id_number_enc bytea,
    id_number_idx bytea        unique,
    phone_enc     bytea,
    phone_idx     bytea,
    failed_logins integer      not null default 0,
    locked_until  timestamptz,
    enabled       boolean      not null default true,
    created_at    timestamptz  not null default now(),
    version       integer      not null default 0,
    constraint staff_have_department check ((role = 'RESIDENT') = (department_id is null)),
    constraint residents_have_id check (role <> 'RESIDENT' or (id_number_enc is not null and id_number_idx is not null))
);
create index app_user_department on directory.app_user (department_id, id);
create index app_user_phone_idx on directory.app_user (phone_idx);
