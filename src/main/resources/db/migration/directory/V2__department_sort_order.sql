-- Lists of departments follow the government's usual order (市政府办公室 first, then the bureaus in the
-- customary sequence, the development zones, the subdistricts and towns, then other bodies), held as each
-- department's sort order and edited by an administrator, not the Unicode order of the names.
alter table directory.department add column sort_order integer;

-- The usual order of the reference city's departments (also in directory/departments.csv for new databases).
update directory.department set sort_order = case code
    when 'GOV-OFFICE' then 10 when 'DRC' then 20 when 'EDU' then 30 when 'MIIT' then 50 when 'PSB' then 60
    when 'CIVIL' then 70 when 'FIN' then 90 when 'HRSS' then 100 when 'NR' then 110 when 'ECO' then 120
    when 'HURD' then 130 when 'TRANSPORT' then 140 when 'AGRI' then 160 when 'COMMERCE' then 170
    when 'CULTURE' then 180 when 'HEALTH' then 190 when 'EMERGENCY' then 200 when 'SAMR' then 220
    when 'STATS' then 230 when 'HSA' then 240 when 'CITYOPS' then 250 when 'NANLOU-EDZ' then 300
    when 'DSQ-EDZ' then 310 when 'JINQIAO' then 400 when 'GANGDU' then 410 when 'BAIZHAI' then 420
    when 'MEIDU' then 430 when 'SHUIYUAN' then 500 when 'GOUYAN' then 510 when 'SHIFO' then 520
    when 'GAOKAN' then 530 when 'QIKOU' then 540 when 'HUZHUANG' then 550 when 'GUANTUN' then 560
    when 'BOLUOPU' then 570 when 'YONGAN' then 580 when 'TANGCHI' then 590 when 'JIANYI' then 600
    when 'HUANGTULING' then 610 when 'ZHOUJIA' then 620 when 'PBOC' then 900 when 'FIC' then 910
end;

-- Any other department goes after them, by kind in the same sequence, then in the order it was created.
update directory.department d set sort_order = o.position
from (select id, 1000 + 10 * row_number() over (order by case kind
        when 'GOVERNMENT_OFFICE' then 0 when 'BUREAU' then 1 when 'BRANCH_OFFICE' then 1 when 'CENTER' then 2
        when 'DEVELOPMENT_ZONE' then 3 when 'SUBDISTRICT' then 4 when 'TOWN' then 5 when 'BANK_BRANCH' then 6
        when 'ASSOCIATION' then 7 else 8 end, id) as position
      from directory.department where sort_order is null) o
where o.id = d.id;

alter table directory.department
    alter column sort_order set not null,
    add constraint department_sort_order_range check (sort_order between 0 and 99999);
create index department_sort_order on directory.department (sort_order, id);
