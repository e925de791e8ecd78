-- Sensors: device types and devices, gateways that deliver telemetry, readings partitioned by month, threshold
-- rules with the state of their conditions, alarms and escalation notices.

create table cityops.device_type (
    code            text primary key,
    name            text not null,
    name_en         text not null,
    unit            text not null,
    case_class_code text not null,
    department_code text not null,
    position        int  not null
);

insert into cityops.device_type (code, name, name_en, unit, case_class_code, department_code, position) values
    ('WATER_LEVEL',   '排水点水位', 'Water level at drainage point', 'm',       'E-0405', 'HURD',      1),
    ('COVER_TILT',    '井盖倾斜',   'Manhole cover tilt',            '°',       'C-0103', 'HURD',      2),
    ('PIPE_PRESSURE', '管网压力',   'Water main pressure',           'MPa',     'E-0402', 'HURD',      3),
    ('AIR_QUALITY',   '空气质量',   'Air quality',                   'AQI',     'E-0106', 'ECO',       4),
    ('TRAFFIC_FLOW',  '交通流量',   'Traffic flow',                  '辆/分钟', 'E-0503', 'TRANSPORT', 5);

create table cityops.device (
    id               bigserial primary key,
    code             text not null unique check (code ~ '^[A-Za-z0-9][A-Za-z0-9_-]{0,39}$'),
    type_code        text not null references cityops.device_type (code),
    name             text not null check (length(name) between 1 and 100),
    longitude        double precision not null check (longitude between -180 and 180),
    latitude         double precision not null check (latitude between -90 and 90),
    grid_cell_id     bigint not null,
    town_code        text,
    interval_seconds int not null check (interval_seconds between 1 and 86400),
    active           boolean not null default true,
    registered_at    timestamptz not null,
    version          int not null default 0
);
create index device_type_idx on cityops.device (type_code, code);
create index device_town_idx on cityops.device (town_code, code);

-- What ingestion writes for every batch, apart from the device's registration (which people edit): the row lock
-- here also serializes the evaluation of one device's readings.
create table cityops.device_status (
    device_id       bigint primary key references cityops.device (id) on delete cascade,
    last_seen_at    timestamptz,
    last_ts         timestamptz,
    last_value      double precision,
    evaluated_until timestamptz
) with (fillfactor = 70);

-- Gateways (or devices) allowed to deliver telemetry, over HTTP (Basic: code and key) and MQTT (username and
-- password). Only a SHA-256 of the key is kept.
create table cityops.gateway (
    id         bigserial primary key,
    code       text not null unique check (code ~ '^[A-Za-z0-9][A-Za-z0-9_-]{0,39}$'),
    name       text not null,
    key_hash   bytea not null unique,
    active     boolean not null default true,
    created_at timestamptz not null,
    created_by text not null
);

-- Readings by month. Readings of a month without its partition land in the default partition and are moved
-- into the month's partition when the maintenance job creates it: nothing is refused for want of a partition.
create table cityops.reading (
    device_id bigint not null,
    ts        timestamptz not null,
    value     double precision not null,
    primary key (device_id, ts)
) partition by range (ts);

create table cityops.reading_default partition of cityops.reading default;

do $$
declare
    month date := date '2020-01-01';
begin
    while month < date '2028-01-01' loop
        execute format('create table cityops.%I partition of cityops.reading for values from (%L) to (%L)',
                       'reading_' || to_char(month, 'YYYY_MM'),
                       (month::timestamp at time zone 'Asia/Shanghai'),
                       ((month + interval '1 month')::timestamp at time zone 'Asia/Shanghai'));
        month := month + interval '1 month';
    end loop;
end
$$;

-- Threshold rules per device type: "ABOVE 0.5 for 5 minutes: WARNING". The rules of one type and direction form a
-- family: one active alarm per device and family, its severity the highest rule met.
create table cityops.rule (
    id               bigserial primary key,
    type_code        text not null references cityops.device_type (code),
    comparison       text not null check (comparison in ('ABOVE', 'BELOW')),
    threshold        double precision not null,
    duration_minutes int not null check (duration_minutes between 0 and 1440),
    severity         text not null check (severity in ('NOTICE', 'WARNING', 'SEVERE', 'CRITICAL')),
    active           boolean not null default true,
    version          int not null default 0,
    unique (type_code, comparison, severity)
);

insert into cityops.rule (type_code, comparison, threshold, duration_minutes, severity) values
    ('WATER_LEVEL',   'ABOVE', 0.5,  5,  'WARNING'),
    ('WATER_LEVEL',   'ABOVE', 1.0,  2,  'SEVERE'),
    ('COVER_TILT',    'ABOVE', 15,   0,  'WARNING'),
    ('COVER_TILT',    'ABOVE', 45,   0,  'SEVERE'),
    ('PIPE_PRESSURE', 'BELOW', 0.2,  3,  'WARNING'),
    ('PIPE_PRESSURE', 'BELOW', 0.1,  1,  'SEVERE'),
    ('AIR_QUALITY',   'ABOVE', 150,  60, 'WARNING'),
    ('AIR_QUALITY',   'ABOVE', 200,  60, 'SEVERE'),
    ('AIR_QUALITY',   'ABOVE', 300,  30, 'CRITICAL'),
    ('TRAFFIC_FLOW',  'ABOVE', 60,   10, 'WARNING'),
    ('TRAFFIC_FLOW',  'ABOVE', 80,   10, 'SEVERE');

-- Since when a rule's condition holds for a device; a row exists only while it holds.
create table cityops.rule_state (
    device_id bigint not null references cityops.device (id) on delete cascade,
    rule_id   bigint not null references cityops.rule (id) on delete cascade,
    since     timestamptz not null,
    primary key (device_id, rule_id)
);

create table cityops.alarm (
    id               bigserial primary key,
    device_id        bigint not null references cityops.device (id),
    family           text not null check (family in ('ABOVE', 'BELOW', 'SILENCE')),
    case_class_code  text not null,
    severity         text not null check (severity in ('NOTICE', 'WARNING', 'SEVERE', 'CRITICAL')),
    state            text not null check (state in ('ACTIVE', 'CLEARED')),
    summary          text not null,
    peak_value       double precision,
    raised_at        timestamptz not null,
    recorded_at      timestamptz not null,
    updated_at       timestamptz,
    cleared_at       timestamptz,
    clear_summary    text,
    acknowledged_by  text,
    acknowledged_at  timestamptz,
    acknowledge_note text,
    escalated_at     timestamptz,
    check ((state = 'CLEARED') = (cleared_at is not null)),
    check ((acknowledged_by is null) = (acknowledged_at is null))
);
-- never two active alarms for one device and family: the database says so, not a check in code
create unique index alarm_one_active on cityops.alarm (device_id, family) where state = 'ACTIVE';
create index alarm_device on cityops.alarm (device_id, id desc);
create index alarm_unacknowledged on cityops.alarm (recorded_at) where state = 'ACTIVE' and acknowledged_at is null and escalated_at is null;

-- Escalations of alarms nobody acknowledged, for the operations centre's leadership and the supervision office.
create table cityops.alarm_notice (
    id         bigserial primary key,
    alarm_id   bigint not null references cityops.alarm (id),
    message    text not null,
    created_at timestamptz not null,
    unique (alarm_id)
);
