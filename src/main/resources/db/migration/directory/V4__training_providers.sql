-- Training providers and enterprises (培训机构、企业) are bodies outside government that the human resources bureau
-- approves; each is a department of its own kind, and its staff sign in with the PROVIDER role (ADR 25).
alter table directory.department drop constraint department_kind_check;
alter table directory.department add constraint department_kind_check check (kind in ('GOVERNMENT_OFFICE', 'BUREAU',
    'BRANCH_OFFICE', 'DEVELOPMENT_ZONE', 'SUBDISTRICT', 'TOWN', 'BANK_BRANCH', 'ASSOCIATION', 'CENTER',
    'TRAINING_PROVIDER', 'OTHER'));

alter table directory.app_user drop constraint app_user_role_check;
alter table directory.app_user add constraint app_user_role_check check (role in ('RESIDENT', 'CLERK',
    'DEPARTMENT_LEAD', 'SUPERVISOR', 'OPERATOR', 'GRID_OFFICER', 'PROVIDER', 'ADMIN'));
