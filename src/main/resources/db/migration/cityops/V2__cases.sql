-- City-management cases (城管案件) on the GB/T 30428 workflow: classification, dispatch rules, grid officers,
-- cases with their timeline, photos, alarms, escalations and in-app notices.

-- Subclasses (小类) of components (部件) and events (事件). The major class (大类) is the code's first two
-- digits (C-01 公用设施 … E-06 其他事件). Departments are kept by their directory code, so that the
-- classification exists on every database before the departments are imported.
create table cityops.case_class (
    code            varchar(10)  primary key check (code ~ '^[CE]-0[1-6][0-9]{2}$'),
    name            varchar(50)  not null unique,
    department_code varchar(40)  not null,
    limit_value     integer      not null check (limit_value between 1 and 720),
    limit_unit      varchar(12)  not null check (limit_unit in ('HOURS', 'WORKING_DAYS')),
    active          boolean      not null default true,
    version         integer      not null default 0
);

insert into cityops.case_class (code, name, department_code, limit_value, limit_unit) values
    -- 部件 · 公用设施
    ('C-0101', '上水井盖', 'HURD', 24, 'HOURS'),
    ('C-0102', '污水井盖', 'HURD', 24, 'HOURS'),
    ('C-0103', '雨水井盖', 'HURD', 24, 'HOURS'),
    ('C-0104', '路灯', 'HURD', 2, 'WORKING_DAYS'),
    ('C-0105', '消防栓', 'EMERGENCY', 1, 'WORKING_DAYS'),
    -- 部件 · 道路交通
    ('C-0201', '交通信号灯', 'PSB', 8, 'HOURS'),
    ('C-0202', '交通标志牌', 'TRANSPORT', 3, 'WORKING_DAYS'),
    ('C-0203', '道路护栏', 'TRANSPORT', 3, 'WORKING_DAYS'),
    ('C-0204', '公交站亭', 'TRANSPORT', 3, 'WORKING_DAYS'),
    -- 部件 · 市容环境
    ('C-0301', '果皮箱', 'HURD', 2, 'WORKING_DAYS'),
    ('C-0302', '公共厕所', 'HURD', 1, 'WORKING_DAYS'),
    -- 部件 · 园林绿化
    ('C-0401', '行道树', 'HURD', 3, 'WORKING_DAYS'),
    ('C-0402', '绿地护栏', 'HURD', 3, 'WORKING_DAYS'),
    -- 部件 · 房屋土地
    ('C-0501', '危房', 'HURD', 1, 'WORKING_DAYS'),
    -- 部件 · 其他设施
    ('C-0699', '监测设备故障', 'CITYOPS', 1, 'WORKING_DAYS'),
    -- 事件 · 市容环境
    ('E-0101', '暴露垃圾', 'HURD', 4, 'HOURS'),
    ('E-0102', '积存垃圾渣土', 'HURD', 1, 'WORKING_DAYS'),
    ('E-0103', '道路不洁', 'HURD', 4, 'HOURS'),
    ('E-0104', '焚烧垃圾树叶', 'ECO', 2, 'HOURS'),
    ('E-0105', '露天烧烤', 'HURD', 2, 'HOURS'),
    ('E-0106', '空气污染', 'ECO', 1, 'WORKING_DAYS'),
    -- 事件 · 宣传广告
    ('E-0201', '非法小广告', 'HURD', 1, 'WORKING_DAYS'),
    ('E-0202', '违规户外广告', 'HURD', 3, 'WORKING_DAYS'),
    -- 事件 · 施工管理
    ('E-0301', '施工扰民', 'ECO', 4, 'HOURS'),
    ('E-0302', '施工废弃料', 'HURD', 1, 'WORKING_DAYS'),
    ('E-0303', '道路破损', 'TRANSPORT', 2, 'WORKING_DAYS'),
    ('E-0304', '违法建设', 'NR', 3, 'WORKING_DAYS'),
    -- 事件 · 突发事件
    ('E-0401', '路面塌陷', 'HURD', 2, 'HOURS'),
    ('E-0402', '供水管道破裂', 'HURD', 4, 'HOURS'),
    ('E-0403', '燃气泄漏', 'EMERGENCY', 1, 'HOURS'),
    ('E-0404', '火灾隐患', 'EMERGENCY', 2, 'HOURS'),
    ('E-0405', '道路积水', 'HURD', 4, 'HOURS'),
    -- 事件 · 街面秩序
    ('E-0501', '占道经营', 'HURD', 4, 'HOURS'),
    ('E-0502', '乱停乱放', 'PSB', 2, 'HOURS'),
    ('E-0503', '交通拥堵', 'TRANSPORT', 2, 'HOURS'),
    ('E-0504', '流浪乞讨', 'CIVIL', 1, 'WORKING_DAYS'),
    -- 事件 · 其他事件
    ('E-0601', '动物尸体', 'AGRI', 4, 'HOURS'),
    ('E-0699', '其他', 'CITYOPS', 1, 'WORKING_DAYS');

-- Overrides of a subclass's (or a whole major class's) department in a township or a community: the most
-- specific matching rule wins (subclass before major class, community before township).
create table cityops.dispatch_rule (
    id              bigint generated always as identity primary key,
    class_code      varchar(10)  references cityops.case_class (code) on delete cascade,
    category_code   varchar(4)   check (category_code ~ '^[CE]-0[1-6]$'),
    division_code   varchar(12)  not null,
    department_code varchar(40)  not null,
    check ((class_code is null) <> (category_code is null))
);
create unique index dispatch_rule_class on cityops.dispatch_rule (class_code, division_code) where class_code is not null;
create unique index dispatch_rule_category on cityops.dispatch_rule (category_code, division_code) where category_code is not null;

-- Grid officers (网格员) of each grid cell: a cell has any number of them, an officer several cells.
create table cityops.grid_officer (
    grid_cell_id bigint       not null,
    user_id      bigint       not null,
    username     varchar(100) not null,
    display_name varchar(100) not null,
    assigned_at  timestamptz  not null,
    primary key (grid_cell_id, user_id)
);
create index grid_officer_user on cityops.grid_officer (user_id);

-- Readable numbers: CG-20261129-0001, the digits from a sequence.
create sequence cityops.case_number_seq;

create table cityops.city_case (
    id                      bigint generated always as identity primary key,
    number                  varchar(30)  not null unique,
    source                  varchar(16)  not null check (source in ('GRID_PATROL', 'HOTLINE_12345', 'RESIDENT', 'SENSOR')),
    class_code              varchar(10)  not null references cityops.case_class (code),
    description             text         not null,
    longitude               double precision not null check (longitude between -180 and 180),
    latitude                double precision not null check (latitude between -90 and 90),
    grid_cell_id            bigint       not null,
    division_code           varchar(12)  not null,
    township_code           varchar(12),
    reporter                varchar(100) not null,
    reporter_user_id        bigint,
    reporter_role           varchar(16),
    status                  varchar(12)  not null check (status in ('REPORTED', 'FILED', 'REJECTED', 'DISPATCHED',
                                'HANDLING', 'FEEDBACK', 'VERIFIED', 'REWORK', 'CLOSED')),
    department_id           bigint,
    reject_reason           varchar(16)  check (reject_reason in ('DUPLICATE', 'NOT_IN_SCOPE', 'OTHER')),
    reject_note             text,
    duplicate_of_id         bigint       references cityops.city_case (id),
    reported_at             timestamptz  not null,
    filed_at                timestamptz,
    dispatched_at           timestamptz,
    feedback_at             timestamptz,
    closed_at               timestamptz,
    last_action_at          timestamptz  not null,
    due_at                  timestamptz,
    handling_due_at         timestamptz,
    late                    boolean      not null default false,
    disputes                integer      not null default 0,
    reworks                 integer      not null default 0,
    extensions              integer      not null default 0,
    extension_until         timestamptz,
    extension_reason        text,
    step_seq                integer      not null default 0,
    version                 integer      not null default 0
);
create index city_case_list on cityops.city_case (id desc);
create index city_case_department on cityops.city_case (department_id, id);
create index city_case_cell on cityops.city_case (grid_cell_id, id);
create index city_case_reporter on cityops.city_case (reporter_user_id, id);
create index city_case_status on cityops.city_case (status, id);
create index city_case_reported_at on cityops.city_case (reported_at);
-- duplicates: open cases of a class near a point
create index city_case_open_class on cityops.city_case (class_code, latitude, longitude)
    where status not in ('REJECTED', 'CLOSED');
create index city_case_due on cityops.city_case (due_at) where status not in ('REJECTED', 'CLOSED');

-- Every report, including those merged into an open case nearby (已合并).
create table cityops.case_report (
    id          bigint generated always as identity primary key,
    case_id     bigint       not null references cityops.city_case (id) on delete cascade,
    merged      boolean      not null,
    source      varchar(16)  not null,
    reporter    varchar(100) not null,
    description text         not null,
    longitude   double precision not null,
    latitude    double precision not null,
    reported_at timestamptz  not null
);
create index case_report_case on cityops.case_report (case_id);

-- The alarms a case came from or was linked to.
create table cityops.case_alarm (
    alarm_id  bigint      primary key,
    case_id   bigint      not null references cityops.city_case (id) on delete cascade,
    linked_at timestamptz not null
);
create index case_alarm_case on cityops.case_alarm (case_id);

-- The timeline: every step, who took it, when, what.
create table cityops.case_step (
    id          bigint generated always as identity primary key,
    case_id     bigint       not null references cityops.city_case (id) on delete cascade,
    at          timestamptz  not null,
    actor       varchar(100) not null,
    action      varchar(30)  not null,
    from_status varchar(12),
    to_status   varchar(12)  not null,
    note        text
);
create index case_step_case on cityops.case_step (case_id, id);

create table cityops.case_photo (
    id           bigint generated always as identity primary key,
    case_id      bigint       not null references cityops.city_case (id) on delete cascade,
    step_id      bigint       references cityops.case_step (id) on delete set null,
    stage        varchar(12)  not null check (stage in ('REPORT', 'HANDLING', 'VERIFICATION')),
    filename     varchar(200) not null,
    content_type varchar(20)  not null,
    size_bytes   integer      not null,
    sha256       char(64)     not null,
    storage_path varchar(300) not null,
    uploaded_by  varchar(100) not null,
    uploaded_at  timestamptz  not null
);
create index case_photo_case on cityops.case_photo (case_id, id);

-- Escalations of overdue steps: at most one per step of a case (step_seq counts the case's steps).
create table cityops.case_escalation (
    id            bigint generated always as identity primary key,
    case_id       bigint       not null references cityops.city_case (id) on delete cascade,
    step_seq      integer      not null,
    status        varchar(12)  not null,
    due_at        timestamptz  not null,
    escalated_at  timestamptz  not null,
    unique (case_id, step_seq)
);

-- In-app notices, addressed to a role (and a department, when it is the department's matter).
create table cityops.notification (
    id            bigint generated always as identity primary key,
    role          varchar(16)  not null,
    department_id bigint,
    case_id       bigint       references cityops.city_case (id) on delete cascade,
    message       text         not null,
    created_at    timestamptz  not null
);
create index notification_recipient on cityops.notification (role, department_id, id);
