-- The eligibility rules of a residence permit (居住证暂行条例 Art. 2), as data the police department changes (each
-- change audited): months of registered residence, and the bases of residence accepted. One row.
create table residence.permit_rules (
	id                   integer     primary key default 1 check (id = 1),
	min_residence_months integer     not null default 6 check (min_residence_months between 0 and 120),
	accepted_bases       text[]      not null default array['EMPLOYMENT', 'HOUSING', 'STUDY'],
	max_child_age        integer     not null default 16 check (max_child_age between 1 and 18),
	version              integer     not null default 0
);

insert into residence.permit_rules (id) values (1);
