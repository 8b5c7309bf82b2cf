-- Reference and demo data sets any module loads once (official lists, demo data of the seeds), so a
-- restart or a second instance does not load them twice. Replaces organization's own table.
create table shared_dataset (
    name      text primary key,
    loaded_at timestamptz not null default now(),
    rows      int not null
);
insert into shared_dataset (name, loaded_at, rows) select name, loaded_at, rows from org_dataset;
drop table org_dataset;
