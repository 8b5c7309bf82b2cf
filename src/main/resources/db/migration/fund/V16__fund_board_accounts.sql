-- A board member may be named with their user account (organization module, by id): once a fund's board names
-- accounts, only those members approve or reject its support payments, never the one who proposed it.
alter table fund_board_member add column user_id bigint;
