-- What a residence permit is worth (含金量), as data: the rights of 居住证暂行条例 Art. 12, the conveniences of
-- Art. 13, and the city's own additions. Shown on the holder's permit page and counted as a plan indicator. Each is
-- worded in both languages; an entitlement withdrawn is marked inactive, never deleted.
create table residence.entitlement (
	id         bigint generated always as identity primary key,
	kind       varchar(12)  not null check (kind in ('RIGHT', 'CONVENIENCE', 'LOCAL')),
	name_zh    varchar(200) not null,
	name_en    varchar(200) not null,
	sort_order integer      not null,
	active     boolean      not null default true
);

insert into residence.entitlement (kind, name_zh, name_en, sort_order) values
	('RIGHT', '义务教育', 'Compulsory education', 10),
	('RIGHT', '基本公共就业服务', 'Basic public employment services', 20),
	('RIGHT', '基本公共卫生服务和计划生育服务', 'Basic public health and family planning services', 30),
	('RIGHT', '公共文化体育服务', 'Public cultural and sports services', 40),
	('RIGHT', '法律援助和其他法律服务', 'Legal aid and other legal services', 50),
	('RIGHT', '国家规定的其他基本公共服务', 'Other basic public services set by the state', 60),
	('CONVENIENCE', '按照国家有关规定办理出入境证件', 'Exit and entry documents as the state provides', 110),
	('CONVENIENCE', '按照国家有关规定换领、补领居民身份证', 'Renewal and reissue of the resident identity card', 120),
	('CONVENIENCE', '机动车登记', 'Motor vehicle registration', 130),
	('CONVENIENCE', '申领机动车驾驶证', 'Driving licence', 140),
	('CONVENIENCE', '报名参加职业资格考试、申请授予职业资格', 'Vocational qualification examinations and awards', 150),
	('CONVENIENCE', '办理生育服务登记和其他计划生育证明材料', 'Birth service registration and family planning certificates', 160),
	('CONVENIENCE', '国家规定的其他便利', 'Other conveniences set by the state', 170),
	('LOCAL', '随迁子女入学入园（以居住证为主要依据）', 'School and kindergarten places for migrant children, mainly on the permit', 210),
	('LOCAL', '申请公共租赁住房', 'Public rental housing', 220),
	('LOCAL', '灵活就业人员参加企业职工基本养老保险，不设户籍限制', 'Flexible-employment pension enrolment with no hukou restriction', 230),
	('LOCAL', '免费职业技能培训', 'Free vocational skills training', 240);
