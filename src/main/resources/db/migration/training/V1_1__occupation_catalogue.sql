-- The occupations migrant workers of the city train for, as the human resources bureau first keeps them; the bureau
-- adds, deactivates and reactivates occupations on the catalogue page afterwards.
--
-- OCCUPATION rows carry the codes of 中华人民共和国职业分类大典 (2022 edition). Each code was checked against a
-- published source before it was entered: the 2022 edition (its public draft, 社会公示稿) for the construction trades,
-- logistics, retail, manufacturing and farm occupations; the national occupational skill standards (国家职业技能标准,
-- GZB) that carry the code for 焊工 (2018), 家政服务员 (2019, numbered as in the 2015 edition, unchanged in 2022),
-- 中式烹调师 (2025, based on the 2022 edition) and 互联网营销师. Occupations whose code could not be confirmed
-- (the general electrician 电工, 汽车维修工, 育婴员, 保育师, the refractory and magnesite trades) are left out rather
-- than guessed: the bureau adds them on the page with the code of its own copy of the catalogue.
--
-- SPECIAL rows are special abilities (专项职业能力). Provinces define and number them themselves, so the codes
-- S-LN-nnn are this city's own scheme, not national codes; the names follow the abilities Liaoning assesses for the
-- trades the catalogue above lacks (child care, the local magnesite and refractory industry, car servicing).
insert into training.occupation (code, name, kind) values
	-- construction (6-29)
	('6-29-01-01', '砌筑工', 'OCCUPATION'),
	('6-29-01-03', '混凝土工', 'OCCUPATION'),
	('6-29-01-04', '钢筋工', 'OCCUPATION'),
	('6-29-01-05', '架子工', 'OCCUPATION'),
	('6-29-01-06', '装配式建筑施工员', 'OCCUPATION'),
	('6-29-01-07', '乡村建设工匠', 'OCCUPATION'),
	('6-29-02-08', '防水工', 'OCCUPATION'),
	('6-29-03-01', '机械设备安装工', 'OCCUPATION'),
	('6-29-03-02', '电气设备安装工', 'OCCUPATION'),
	('6-29-03-04', '管工', 'OCCUPATION'),
	('6-29-04-01', '装饰装修工', 'OCCUPATION'),
	('6-29-04-02', '建筑门窗幕墙安装工', 'OCCUPATION'),
	('6-30-05-05', '挖掘铲运和桩工机械司机', 'OCCUPATION'),
	-- manufacturing
	('6-18-02-04', '焊工', 'OCCUPATION'),
	('6-22-02-01', '汽车装调工', 'OCCUPATION'),
	('6-06-04-00', '家具制作工', 'OCCUPATION'),
	('6-07-02-00', '纸箱纸盒制作工', 'OCCUPATION'),
	-- domestic service, elder care, catering
	('4-10-01-05', '养老护理员', 'OCCUPATION'),
	('4-10-01-06', '家政服务员', 'OCCUPATION'),
	('4-03-02-01', '中式烹调师', 'OCCUPATION'),
	-- trade, e-commerce, logistics
	('4-01-02-03', '商品营业员', 'OCCUPATION'),
	('4-01-02-07', '互联网营销师', 'OCCUPATION'),
	('4-02-02-02', '道路货运汽车驾驶员', 'OCCUPATION'),
	('4-02-05-01', '装卸搬运工', 'OCCUPATION'),
	('4-02-06-01', '仓储管理员', 'OCCUPATION'),
	('4-02-06-02', '理货员', 'OCCUPATION'),
	('4-02-07-08', '快递员', 'OCCUPATION'),
	('4-02-07-09', '快件处理员', 'OCCUPATION'),
	-- farming, for those who go back to their villages
	('5-01-02-03', '食用菌生产工', 'OCCUPATION'),
	('5-03-02-01', '家畜饲养员', 'OCCUPATION'),
	('5-05-05-01', '农机驾驶操作员', 'OCCUPATION'),
	-- special abilities (专项职业能力), the city's own numbering
	('S-LN-001', '母婴护理', 'SPECIAL'),
	('S-LN-002', '婴幼儿照护', 'SPECIAL'),
	('S-LN-003', '中式面点制作', 'SPECIAL'),
	('S-LN-004', '镁质耐火材料成型操作', 'SPECIAL'),
	('S-LN-005', '菱镁矿石分选', 'SPECIAL'),
	('S-LN-006', '农村电商运营', 'SPECIAL'),
	('S-LN-007', '汽车快修与保养', 'SPECIAL'),
	('S-LN-008', '家庭电工', 'SPECIAL');
