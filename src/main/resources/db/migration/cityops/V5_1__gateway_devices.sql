-- Each device belongs to one gateway, and only that gateway may deliver its readings. Readings a gateway sends for
-- a device that is not its own are refused and counted on the gateway, for its page.
alter table cityops.device add column gateway_id bigint references cityops.gateway (id);
create index device_gateway_idx on cityops.device (gateway_id);

-- Devices registered before: the demo gateway's where the demo data is, otherwise the only gateway's when there is
-- exactly one. Where several gateways exist nobody can tell which device is whose: those devices take no readings
-- until an administrator chooses their gateway on the device's page.
update cityops.device set gateway_id = (select id from cityops.gateway where code = 'DEMO-GW')
where gateway_id is null and exists (select 1 from cityops.gateway where code = 'DEMO-GW');
update cityops.device set gateway_id = (select min(id) from cityops.gateway)
where gateway_id is null and (select count(*) from cityops.gateway) = 1;

alter table cityops.gateway
    add column refused_readings    bigint not null default 0 check (refused_readings >= 0),
    add column last_refused_at     timestamptz,
    add column last_refused_device text;
