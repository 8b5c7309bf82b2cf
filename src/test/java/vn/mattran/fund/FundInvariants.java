package vn.mattran.fund;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What must hold of a fund's books after anything at all was done to them, each rule as a query for
 * the rows that break it, so a failure names them: the chain verifies, balances are the sums of
 * their lines, money and goods never below zero nor below what approved support keeps aside,
 * debits equal credits, receipt serials run 1..n per year, drive totals leave voided donations out,
 * transit and pledges match the transfers and pledges open.
 */
final class FundInvariants {

	private final JdbcClient jdbc;

	FundInvariants(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Every rule broken by the fund's rows, as readable lines; empty when all hold. */
	List<String> broken(long fundId, LedgerCheck chain) {
		List<String> broken = new ArrayList<>();
		long entries = jdbc.sql("select count(*) from fund_entry where fund_id = ?").param(fundId).query(Long.class).single();
		if (!chain.ok() || chain.entries() != entries) {
			broken.add("chain: " + chain + " over " + entries + " entries");
		}
		broken.addAll(rows("balance is not the sum of its lines", """
				select a.code || ' ' || a.balance || ' <> ' || coalesce(sum(case when a.kind = 'INCOME' then l.credit - l.debit
				       else l.debit - l.credit end), 0)
				from fund_account a left join fund_entry_line l on l.account_id = a.id
				where a.fund_id = ? group by a.id having a.balance <> coalesce(sum(case when a.kind = 'INCOME'
				      then l.credit - l.debit else l.debit - l.credit end), 0)""", fundId));
		broken.addAll(rows("below zero", """
				select code || ' ' || balance from fund_account
				where fund_id = ? and code in ('CASH', 'BANK', 'GOODS') and balance < 0""", fundId));
		broken.addAll(rows("debits and credits differ", """
				select sum(l.debit) || ' <> ' || sum(l.credit) from fund_entry_line l join fund_entry e on e.id = l.entry_id
				where e.fund_id = ? having sum(l.debit) <> sum(l.credit)""", fundId));
		broken.addAll(rows("an entry does not balance", """
				select e.seq || ': ' || coalesce(sum(l.debit), 0) || ' <> ' || coalesce(sum(l.credit), 0)
				from fund_entry e left join fund_entry_line l on l.entry_id = e.id where e.fund_id = ?
				group by e.id having count(l.*) < 2 or sum(l.debit) <> sum(l.credit)""", fundId));
		broken.addAll(rows("receipt serials have a gap or a repeat", """
				select receipt_year || ': ' || count(*) || ' receipts, ' || count(distinct receipt_serial) || ' serials up to '
				       || max(receipt_serial) || ', series at ' || max(s.last_serial)
				from fund_donation d join fund_receipt_series s on s.fund_id = d.fund_id and s.year = d.receipt_year
				where d.fund_id = ? group by receipt_year
				having count(*) <> max(receipt_serial) or count(distinct receipt_serial) <> count(*)
				    or min(receipt_serial) <> 1 or max(s.last_serial) <> count(*)""", fundId));
		broken.addAll(rows("a receipt series counted numbers no donation kept", """
				select s.year || ': series at ' || s.last_serial from fund_receipt_series s
				where s.fund_id = ? and s.last_serial <> (select count(*) from fund_donation d
				      where d.fund_id = s.fund_id and d.receipt_year = s.year)""", fundId));
		broken.addAll(rows("drive total is not the sum of the donations not voided", """
				select coalesce(t.drive_id, d.drive_id) || '/' || coalesce(t.unit_id, d.unit_id) || ': ' || coalesce(t.amount, 0)
				       || ' in ' || coalesce(t.count, 0) || ' <> ' || coalesce(d.amount, 0) || ' in ' || coalesce(d.count, 0)
				from (select t.* from fund_drive_total t join fund_drive v on v.id = t.drive_id where v.fund_id = ?) t
				full join (select drive_id, unit_id, sum(amount) as amount, count(*) as count from fund_donation
				           where fund_id = ? and drive_id is not null and voided_at is null group by drive_id, unit_id) d
				  on d.drive_id = t.drive_id and d.unit_id = t.unit_id
				where coalesce(t.amount, 0) <> coalesce(d.amount, 0) or coalesce(t.count, 0) <> coalesce(d.count, 0)""",
				fundId, fundId));
		broken.addAll(rows("support proposed or approved exceeds what is held", """
				select r.channel || ': ' || r.reserved || ' kept aside, ' || coalesce(a.balance, 0) || ' held'
				from (select channel, sum(amount) as reserved from fund_disbursement
				      where fund_id = ? and status in ('PROPOSED', 'APPROVED') group by channel) r
				left join fund_account a on a.fund_id = ?
				     and a.code = case r.channel when 'IN_KIND' then 'GOODS' else r.channel end
				where r.reserved > coalesce(a.balance, 0)""", fundId, fundId));
		broken.addAll(rows("in transit is not what was sent and not yet confirmed", """
				select coalesce((select balance from fund_account where fund_id = ? and code = 'IN_TRANSIT'), 0) || ' <> '
				       || coalesce(sum(amount) filter (where status = 'IN_TRANSIT'), 0)
				from fund_transfer where from_fund_id = ?
				having coalesce((select balance from fund_account where fund_id = ? and code = 'IN_TRANSIT'), 0)
				       <> coalesce(sum(amount) filter (where status = 'IN_TRANSIT'), 0)""", fundId, fundId, fundId));
		broken.addAll(rows("pledges receivable are not what is pledged and not yet given", """
				select coalesce((select balance from fund_account where fund_id = ? and code = 'PLEDGES'), 0) || ' <> '
				       || coalesce(sum(amount - fulfilled), 0)
				from fund_pledge where fund_id = ?
				having coalesce((select balance from fund_account where fund_id = ? and code = 'PLEDGES'), 0)
				       <> coalesce(sum(amount - fulfilled), 0)""", fundId, fundId, fundId));
		broken.addAll(rows("a voided donation without the entry that reverses it", """
				select d.receipt_number from fund_donation d left join fund_entry v on v.id = d.void_entry_id
				where d.fund_id = ? and d.voided_at is not null and (v.reverses is distinct from d.entry_id)""", fundId));
		broken.addAll(rows("a paid support without its entry", """
				select d.id || ' ' || d.status from fund_disbursement d left join fund_entry e on e.id = d.entry_id
				where d.fund_id = ? and (d.status in ('PAID', 'ACKNOWLEDGED')) <> (e.id is not null)""", fundId));
		return broken;
	}

	private List<String> rows(String rule, String sql, Object... parameters) {
		return jdbc.sql(sql).params(parameters).query(String.class).list().stream().map(row -> rule + ": " + row).toList();
	}
}
