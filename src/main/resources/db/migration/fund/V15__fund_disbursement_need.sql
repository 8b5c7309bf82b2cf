-- A support payment may meet one of the household's open needs (households module, by id): paying it closes the need.
alter table fund_disbursement add column need_id bigint;
