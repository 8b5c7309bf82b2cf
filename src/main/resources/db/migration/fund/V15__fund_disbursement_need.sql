-- A support payment may meet one of the household's open needs (households module, by id): paying it closes the need.
alter table fund_disbursement add column need_id bigint;
-- One payment at a time holds a need: a second proposal for it waits until the first is paid or rejected.
create unique index fund_disbursement_need_pending_idx on fund_disbursement (need_id)
    where need_id is not null and status in ('PROPOSED', 'APPROVED');
