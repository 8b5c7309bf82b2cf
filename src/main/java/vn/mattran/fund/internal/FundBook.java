package vn.mattran.fund.internal;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import vn.mattran.fund.Accounts;
import vn.mattran.fund.Fund;
import vn.mattran.shared.error.InvalidInput;
import vn.mattran.shared.format.Formats;

/**
 * The fund book (sổ quỹ) of a period: the opening balance, each receipt and payment of money in the
 * order posted with the balance after it, and the closing balance — of the cash, of the bank, or of
 * both. Read in one snapshot, so the opening balance and the lines agree while officers post.
 */
@Service
public class FundBook {

	/** The longest period one book shows: a year and a day (a year's book of a busy fund is already long). */
	static final int MAX_DAYS = 367;

	private final JdbcClient jdbc;
	private final Funds funds;

	FundBook(JdbcClient jdbc, Funds funds) {
		this.jdbc = jdbc;
		this.funds = funds;
	}

	/** Which money the book follows: cash, bank, or both together. */
	public enum Money {
		ALL, CASH, BANK;

		List<String> accounts() {
			return switch (this) {
				case ALL -> List.of(Accounts.CASH, Accounts.BANK);
				case CASH -> List.of(Accounts.CASH);
				case BANK -> List.of(Accounts.BANK);
			};
		}
	}

	/** One receipt or payment: the entry, its document (a receipt number, a payment), money in and out, and the balance after it. */
	public record Line(LocalDate date, long seq, String kind, String memo, String document, String party,
			boolean anonymous, long in, long out, long balance) {
	}

	public record Book(Fund fund, Money money, LocalDate from, LocalDate to, long opening, List<Line> lines, long totalIn,
			long totalOut, long closing) {
	}

	@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
	public Book of(long fundId, LocalDate from, LocalDate to, Money money) {
		Fund fund = funds.get(fundId);
		LocalDate start = from != null ? from : LocalDate.of((to != null ? to : lastDay(fundId)).getYear(), 1, 1);
		LocalDate end = to != null ? to : min(start.plusYears(1).minusDays(1), funds.today());
		if (end.isBefore(start)) {
			throw new InvalidInput("to", "fund.report.error.order", Formats.date(start), Formats.date(end));
		}
		if (start.plusDays(MAX_DAYS).isBefore(end)) {
			throw new InvalidInput("to", "fund.report.error.tooLong", Formats.date(start), Formats.date(end));
		}
		Money which = money == null ? Money.ALL : money;
		String[] accounts = which.accounts().toArray(String[]::new);
		long opening = jdbc.sql("""
				select coalesce(sum(l.debit - l.credit), 0)
				from fund_entry e join fund_entry_line l on l.entry_id = e.id join fund_account a on a.id = l.account_id
				where e.fund_id = :fund and e.posted_on < :from and a.code = any(:accounts)
				""").param("fund", fundId).param("from", start).param("accounts", accounts).query(Long.class).single();
		List<Line> lines = jdbc.sql("""
				select e.posted_on, e.seq, e.kind, e.memo,
				       coalesce(d.receipt_number, v.receipt_number,
				                case when p.id is not null then 'PC-' || p.id end) as document,
				       coalesce(case when o.kind <> 'ANONYMOUS' then o.name end, p.recipient) as party,
				       coalesce(o.kind = 'ANONYMOUS', false) as anonymous,
				       sum(l.debit) as money_in, sum(l.credit) as money_out,
				       :opening + sum(sum(l.debit - l.credit)) over (order by e.posted_on, e.seq) as balance
				from fund_entry e
				join fund_entry_line l on l.entry_id = e.id
				join fund_account a on a.id = l.account_id and a.code = any(:accounts)
				left join fund_donation d on d.entry_id = e.id
				left join fund_donation v on v.void_entry_id = e.id
				left join fund_disbursement p on p.entry_id = e.id
				left join fund_donor o on o.id = coalesce(d.donor_id, v.donor_id)
				where e.fund_id = :fund and e.posted_on between :from and :to
				group by e.id, e.posted_on, e.seq, e.kind, e.memo, d.receipt_number, v.receipt_number, p.id, o.kind, o.name,
				         p.recipient
				order by e.posted_on, e.seq
				""").param("fund", fundId).param("from", start).param("to", end).param("accounts", accounts)
			.param("opening", opening)
			.query((rs, n) -> new Line(rs.getObject(1, LocalDate.class), rs.getLong(2), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getString(6), rs.getBoolean(7), rs.getLong(8), rs.getLong(9), rs.getLong(10)))
			.list();
		long in = lines.stream().mapToLong(Line::in).sum();
		long out = lines.stream().mapToLong(Line::out).sum();
		return new Book(fund, which, start, end, opening, lines, in, out, opening + in - out);
	}

	/** The day of the fund's latest entry, or today when it has none: a book without dates shows that year. */
	private LocalDate lastDay(long fundId) {
		LocalDate last = jdbc.sql("select max(posted_on) from fund_entry where fund_id = :fund").param("fund", fundId)
			.query(LocalDate.class).single();
		return last == null ? funds.today() : last;
	}

	private static LocalDate min(LocalDate a, LocalDate b) {
		return a.isBefore(b) ? a : b;
	}
}
