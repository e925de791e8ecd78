-- Failed logins, counted per login name and client address (any name, known or not, so that the answers do not
-- tell which names exist). A row is forgotten once its last failure is older than the lockout.
create table platform.login_failure (
    username       varchar(100) not null,
    client_address varchar(64)  not null,
    failures       integer      not null check (failures > 0),
    last_failure   timestamptz  not null,
    locked_until   timestamptz,
    primary key (username, client_address)
);
create index login_failure_last_idx on platform.login_failure (last_failure);
