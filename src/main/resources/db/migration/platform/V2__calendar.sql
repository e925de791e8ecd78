
-- Days that differ from the ordinary rule (Mon-Fri working, Sat/Sun rest): official holidays and
-- the weekend days worked in exchange (调休上班). Ordinary days are not stored.
create table platform.calendar_day (
	day date primary key,
	kind varchar(16) not null check (kind in ('HOLIDAY', 'WORKDAY')),
	name varchar(100) not null,
	source varchar(40) not null
);

-- Years whose official arrangement (the State Council notice) is loaded; a year missing here is
-- computed on weekends only.
create table platform.calendar_year (
	year int primary key,
	source text not null
);
