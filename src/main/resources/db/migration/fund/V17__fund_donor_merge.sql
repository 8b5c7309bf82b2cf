-- Two donor records a user finds to be one person are merged by hand, never silently: the merged record stays,
-- pointing at the one kept, and its donations and pledges move to that one.
alter table fund_donor add column merged_into bigint references fund_donor (id);
alter table fund_donor add constraint fund_donor_not_into_itself check (merged_into is null or merged_into <> id);
