package vn.mattran.fund;

import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.mattran.IntegrationTest;
import vn.mattran.SeedFixture;
import vn.mattran.fund.internal.Disbursements;
import vn.mattran.fund.internal.Donations;
import vn.mattran.fund.internal.Drives;
import vn.mattran.fund.internal.Funds;
import vn.mattran.households.SupportKind;
import vn.mattran.organization.Organization;
import vn.mattran.organization.Unit;
import vn.mattran.organization.internal.accounts.UserAccounts;
import vn.mattran.shared.security.MattranUser;
import vn.mattran.shared.security.Role;
import vn.mattran.shared.security.SystemUser;

/**
 * Makes what fund tests stand on: two communes of An Lão (as in the household tests) each with an
 * officer and a unit administrator of its own, and fresh funds and drives, so that every test starts
 * from an empty ledger whatever the others left in the shared database.
 */
final class FundMother {

	/** Today by the application's clock is in November 2026: every date the tests post on lies in 2026. */
	static final LocalDate YEAR_START = LocalDate.of(2026, 1, 1);
	private static final LocalDate UNITS_DAY = LocalDate.of(2023, 8, 1);
	private static final AtomicInteger NAMES = new AtomicInteger();

	/** A commune with the officer who records and proposes and the administrator who creates, approves and closes. */
	record Commune(Unit unit, MattranUser officer, MattranUser admin) {

		long id() {
			return unit.id();
		}

		<T> T asOfficer(Supplier<T> work) {
			return SeedFixture.as(officer, work);
		}

		<T> T asAdmin(Supplier<T> work) {
			return SeedFixture.as(admin, work);
		}
	}

	final Commune a;
	final Commune b;
	final Funds funds;
	final Drives drives;
	final Donations donations;
	final Disbursements disbursements;
	final JdbcClient jdbc;

	FundMother(ApplicationContext context) {
		Organization organization = context.getBean(Organization.class);
		UserAccounts accounts = context.getBean(UserAccounts.class);
		jdbc = context.getBean(JdbcClient.class);
		funds = context.getBean(Funds.class);
		drives = context.getBean(Drives.class);
		donations = context.getBean(Donations.class);
		disbursements = context.getBean(Disbursements.class);
		a = commune(organization, accounts, "11629", "fq.xa-a");
		b = commune(organization, accounts, "11632", "fq.xa-b");
	}

	private Commune commune(Organization organization, UserAccounts accounts, String code, String username) {
		Unit unit = organization.unitByCode(code, UNITS_DAY).orElseThrow();
		return new Commune(unit, user(accounts, username, Role.OFFICER, unit), user(accounts, username + "-admin",
				Role.UNIT_ADMIN, unit));
	}

	private MattranUser user(UserAccounts accounts, String username, Role role, Unit home) {
		long existing = jdbc.sql("select count(*) from org_user where username = ?").param(username).query(Long.class)
			.single();
		if (existing == 0) {
			SystemUser.run(() -> accounts.createInitial(username, IntegrationTest.DEMO_PASSWORD, role, home.id(), null,
					false));
		}
		return accounts.principal(username).orElseThrow();
	}

	/** A new, empty "Vì người nghèo" fund of the commune, with a bank account. */
	Fund fund(Commune commune) {
		String name = "Quỹ Vì người nghèo thử " + NAMES.incrementAndGet();
		return commune.asAdmin(() -> funds.create(commune.id(), name, FundKind.FOR_THE_POOR, "0123456789",
				"Agribank An Lão"));
	}

	/** A drive of the fund over the whole of 2026 that takes every channel. */
	Drive drive(Commune commune, long fundId) {
		return drive(commune, fundId, YEAR_START, LocalDate.of(2026, 12, 31));
	}

	Drive drive(Commune commune, long fundId, LocalDate from, LocalDate to) {
		return commune.asOfficer(() -> drives.open(fundId, new Drives.DriveDraft("Tháng cao điểm thử " + NAMES.incrementAndGet(),
				"Hỗ trợ hộ nghèo", from, to, null, Set.of(Channel.CASH, Channel.BANK, Channel.IN_KIND),
				"Mỗi cán bộ ít nhất một ngày lương", 22, null)));
	}

	static DonationDraft gift(Long driveId, long amount, LocalDate on, Channel channel) {
		return new DonationDraft(driveId, null, DonorKind.PERSON, "Nhà hảo tâm " + NAMES.incrementAndGet(), "An Lão",
				null, amount, on, channel, null, channel == Channel.IN_KIND ? "Gạo, mì tôm" : null, null, null, null);
	}

	/** A donation recorded by the commune's officer. */
	Donation donate(Commune commune, long fundId, Long driveId, long amount, LocalDate on, Channel channel) {
		return commune.asOfficer(() -> donations.record(fundId, gift(driveId, amount, on, channel)));
	}

	static DisbursementDraft support(long amount, Channel channel) {
		return new DisbursementDraft(null, null, "Hộ ông Nguyễn Văn Thử " + NAMES.incrementAndGet(), null,
				SupportKind.HOUSE_REPAIR, amount, channel, "Sửa mái nhà dột", null);
	}

	/** Proposed by the officer, approved by the administrator, paid today by the officer. */
	Disbursement paid(Commune commune, long fundId, long amount, Channel channel) {
		Disbursement proposed = commune.asOfficer(() -> disbursements.propose(fundId, support(amount, channel)));
		commune.asAdmin(() -> disbursements.approve(proposed.id()));
		return commune.asOfficer(() -> disbursements.pay(proposed.id(), null));
	}

	/** Balances by account code, straight from the table the ledger keeps. */
	Map<String, Long> balances(long fundId) {
		Map<String, Long> balances = new HashMap<>();
		jdbc.sql("select code, balance from fund_account where fund_id = ?").param(fundId)
			.query((ResultSet rs) -> {
				balances.put(rs.getString(1), rs.getLong(2));
			});
		return balances;
	}

	long balance(long fundId, String code) {
		return balances(fundId).getOrDefault(code, 0L);
	}

	long entries(long fundId) {
		return jdbc.sql("select count(*) from fund_entry where fund_id = ?").param(fundId).query(Long.class).single();
	}

	/** The receipt serials a fund has used in a year, in order. */
	List<Integer> serials(long fundId, int year) {
		return jdbc.sql("select receipt_serial from fund_donation where fund_id = ? and receipt_year = ? order by 1")
			.params(fundId, year).query(Integer.class).list();
	}
}
