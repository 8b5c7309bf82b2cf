package vn.mattran.fund;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.mattran.fund.FundMother.Commune;
import vn.mattran.fund.internal.Pledges;
import vn.mattran.fund.internal.Transfers;

/**
 * The books the property's steps act on: a new fund of each commune with a drive over 2026, and
 * what the steps need to know of them — which row a random pick lands on, whether a day is closed,
 * what a channel still has to give beyond what support keeps aside.
 */
final class Books {

	private static final LocalDate YEAR_START = LocalDate.of(2026, 1, 1);

	final FundMother mother;
	final JdbcClient jdbc;
	final Pledges pledges;
	final Transfers transfers;
	final Fund here;
	final Fund there;
	final long hereDrive;
	final long thereDrive;
	final LocalDate today;
	/** What was done so far and how it ended, for the failure message. */
	final List<String> log = new ArrayList<>();

	Books(FundMother mother, JdbcClient jdbc, Pledges pledges, Transfers transfers) {
		this.mother = mother;
		this.jdbc = jdbc;
		this.pledges = pledges;
		this.transfers = transfers;
		here = mother.fund(mother.a);
		there = mother.fund(mother.b);
		hereDrive = mother.drive(mother.a, here.id()).id();
		thereDrive = mother.drive(mother.b, there.id()).id();
		today = mother.funds.today();
	}

	Commune commune(boolean there) {
		return there ? mother.b : mother.a;
	}

	Fund fund(boolean there) {
		return there ? this.there : here;
	}

	long drive(boolean there) {
		return there ? thereDrive : hereDrive;
	}

	Commune communeOf(long fundId) {
		return commune(fundId == there.id());
	}

	/** A day of 2026 no later than today. */
	LocalDate day(int n) {
		LocalDate last = today.isAfter(LocalDate.of(2026, 12, 31)) ? LocalDate.of(2026, 12, 31) : today;
		return YEAR_START.plusDays(n % (ChronoUnit.DAYS.between(YEAR_START, last) + 1));
	}

	/** True when the fund's books are closed on that day. */
	boolean closed(boolean there, LocalDate on) {
		LocalDate through = jdbc.sql("select closed_through from fund_fund where id = ?").param(fund(there).id())
			.query(LocalDate.class).optional().orElse(null);
		return through != null && !on.isAfter(through);
	}

	/** What the channel's account holds less what proposed and approved support keeps aside. */
	long available(long fundId, Channel channel) {
		return jdbc.sql("""
				select coalesce((select balance from fund_account where fund_id = :fund and code = :account), 0)
				     - (select coalesce(sum(amount), 0) from fund_disbursement
				        where fund_id = :fund and channel = :channel and status in ('PROPOSED', 'APPROVED'))
				""").param("fund", fundId).param("account", channel.account()).param("channel", channel.name())
			.query(Long.class).single();
	}

	record Open(long id, long fundId, boolean there, Long driveId, long donorId, long remaining) {
	}

	/** A pledge of either fund with something still to give, or null when there is none. */
	Open pledge(int pick) {
		List<Open> open = jdbc.sql("""
				select id, fund_id, drive_id, donor_id, amount - fulfilled from fund_pledge
				where fund_id in (?, ?) and fulfilled < amount order by id""").params(here.id(), there.id())
			.query((rs, n) -> new Open(rs.getLong(1), rs.getLong(2), rs.getLong(2) == there.id(),
					(Long) rs.getObject(3), rs.getLong(4), rs.getLong(5)))
			.list();
		return open.isEmpty() ? null : open.get(pick % open.size());
	}

	/** A support payment of either fund as it stands now, or null when there is none yet. */
	Disbursement disbursement(int pick) {
		Long id = pick("fund_disbursement", pick);
		if (id == null) {
			return null;
		}
		long fundId = jdbc.sql("select fund_id from fund_disbursement where id = ?").param(id).query(Long.class).single();
		return communeOf(fundId).asOfficer(() -> mother.disbursements.get(id));
	}

	/** Does the work on a picked support payment as someone of its commune; nothing when there is none yet. */
	void onDisbursement(int pick, BiConsumer<Commune, Disbursement> work) {
		Disbursement d = disbursement(pick);
		if (d != null) {
			work.accept(communeOf(d.fundId()), d);
		}
	}

	/** A donation of either fund, voided or not, or null when none was recorded. */
	Donation donation(int pick) {
		Long id = pick("fund_donation", pick);
		if (id == null) {
			return null;
		}
		long fundId = jdbc.sql("select fund_id from fund_donation where id = ?").param(id).query(Long.class).single();
		return communeOf(fundId).asOfficer(() -> mother.donations.get(id));
	}

	/** A transfer between the two funds, either way, or null when none was sent. */
	Transfer transfer(int pick) {
		Long id = pickFrom(jdbc.sql("select id from fund_transfer where from_fund_id in (?, ?) order by id")
			.params(here.id(), there.id()).query(Long.class).list(), pick);
		return id == null ? null : mother.a.asOfficer(() -> transfers.ofFund(here.id())).stream()
			.filter(t -> t.id() == id).findFirst().orElseThrow();
	}

	/** A day between the transfer's sending and today. */
	LocalDate receivedOn(Transfer transfer, int day) {
		return transfer.sentOn().plusDays(day % (ChronoUnit.DAYS.between(transfer.sentOn(), today) + 1));
	}

	LedgerCheck verify(Fund fund) {
		return communeOf(fund.id()).asOfficer(() -> mother.funds.verify(fund.id()));
	}

	private Long pick(String table, int pick) {
		return pickFrom(jdbc.sql("select id from " + table + " where fund_id in (?, ?) order by id")
			.params(here.id(), there.id()).query(Long.class).list(), pick);
	}

	private static Long pickFrom(List<Long> ids, int pick) {
		return ids.isEmpty() ? null : ids.get(pick % ids.size());
	}
}
