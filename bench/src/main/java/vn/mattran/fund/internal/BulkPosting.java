package vn.mattran.fund.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.mattran.fund.Accounts;
import vn.mattran.fund.Channel;
import vn.mattran.fund.DonationDraft;
import vn.mattran.fund.Drive;
import vn.mattran.fund.Fund;
import vn.mattran.fund.FundKind;
import vn.mattran.fund.LedgerCheck;
import vn.mattran.organization.Organization;
import vn.mattran.organization.Unit;
import vn.mattran.shared.security.MattranUser;
import vn.mattran.shared.security.Role;
import vn.mattran.shared.security.Scope;
import vn.mattran.shared.security.SystemUser;
import vn.mattran.shared.text.VietnameseText;

/**
 * Part (a): bulk posting of donations through the real code path against {@code COPY} of the same rows, interleaved
 * chunk by chunk into four funds of the same province: {@link DonationBatch#record} (what an imported list goes
 * through: as a signed-in officer, each chunk in one transaction, {@code batch} rows a call, each row naming its source
 * as an import does), {@code COPY} of the donation rows alone, {@code COPY} of everything the real path writes for them
 * (donors, hash-chained entries, their lines, the donations, the drive's running totals and the receipt counter), and,
 * on every {@code singleEvery}-th row of each chunk, {@link Donations#record} one donation at a time (the form's and the
 * API's path).
 */
final class BulkPosting {

	private static final String DONATION_COLUMNS = "fund_id, drive_id, donor_id, amount, received_on, channel, unit_id,"
			+ " unit_path, in_kind, note, pledge_id, receipt_year, receipt_serial, receipt_number, entry_id, source, created_by";

	private static final int WARMUP = 2_000;

	private final ConfigurableApplicationContext context;
	private final DataSource dataSource;
	private final int donations;
	private final int batch;
	private final int chunk;
	private final int singleEvery;
	private final long seed;
	private final LocalDate today;
	private Unit province;
	private List<Unit> communes;
	private MattranUser officer;

	BulkPosting(ConfigurableApplicationContext context, int donations, int batch, int chunk, int singleEvery, long seed) {
		this.context = context;
		this.dataSource = context.getBean(DataSource.class);
		this.donations = donations;
		this.batch = batch;
		this.chunk = Math.min(chunk, donations);
		this.singleEvery = singleEvery;
		this.seed = seed;
		this.today = context.getBean(Funds.class).today();
	}

	/** A fund with its drive, the donation and entry the donations-only COPY points at, and its receipt counter. */
	private record Target(Fund fund, Drive drive, long placeholderDonor, long placeholderEntry) {
	}

	void run() throws Exception {
		Organization organization = context.getBean(Organization.class);
		province = organization.unitByCode("01", today).orElseThrow();
		communes = SystemUser.call(() -> organization.children(province.id(), today));
		officer = new MattranUser(1, "bench-officer", null, "Bench officer", province.id(), province.name(), Role.OFFICER,
				Scope.of(List.of(province.path())), true, false);
		Target code = SystemUser.call(() -> open("code path"));
		Target rowsOnly = SystemUser.call(() -> open("COPY donations"));
		Target everything = SystemUser.call(() -> open("COPY with ledger"));
		Target oneByOne = SystemUser.call(() -> open("one by one"));
		// one receipt year for every row, as the COPY variants take their numbers from this year's counter
		LocalDate firstDay = code.drive().startsOn().isBefore(today.withDayOfYear(1)) ? today.withDayOfYear(1)
				: code.drive().startsOn();

		// warm-up, not measured: the first rows through a cold JVM go several times slower than the rest
		int warm = Math.min(WARMUP, chunk);
		List<SyntheticDonations.Row> warmRows = SyntheticDonations.rows(seed, donations, warm, firstDay, today, communes.size());
		recordAll(code, warmRows, donations);
		copyRows(rowsOnly, warmRows, donations);
		copyEverything(everything, warmRows, donations);
		recordOneByOne(oneByOne, every(warmRows), donations);

		String[] names = { "DonationBatch.record (an imported list)", "COPY donation rows",
				"COPY rows + donors, entries, lines, totals", "Donations.record, one at a time (form, API)" };
		long[] nanos = new long[4];
		long[] counted = new long[4];
		int chunks = (donations + chunk - 1) / chunk;
		System.out.printf(Locale.ROOT, "%n(a) %,d donations into %s after a warm-up of %,d, chunks of %,d (the batch path a"
				+ " transaction per chunk, %,d rows a call; one at a time on every %d-th row), the variants in a rotating order%n",
				donations, province.name(), warm, chunk, batch, singleEvery);
		for (int c = 0; c < chunks; c++) {
			long from = (long) c * chunk;
			int count = (int) Math.min(chunk, donations - from);
			List<SyntheticDonations.Row> rows = SyntheticDonations.rows(seed, from, count, firstDay, today, communes.size());
			List<SyntheticDonations.Row> sample = every(rows);
			long[] took = new long[4];
			for (int k = 0; k < 4; k++) {
				int v = (c + k) % 4;
				long t = System.nanoTime();
				switch (v) {
					case 0 -> recordAll(code, rows, from);
					case 1 -> copyRows(rowsOnly, rows, from);
					case 2 -> copyEverything(everything, rows, from);
					default -> recordOneByOne(oneByOne, sample, from);
				}
				took[v] = System.nanoTime() - t;
				nanos[v] += took[v];
				counted[v] += v == 3 ? sample.size() : count;
			}
			System.out.printf(Locale.ROOT, "  chunk %d/%d: %,.0f / %,.0f / %,.0f / %,.0f rows/s%n", c + 1, chunks,
					count / (took[0] / 1e9), count / (took[1] / 1e9), count / (took[2] / 1e9), sample.size() / (took[3] / 1e9));
		}
		check(code, rowsOnly, everything, oneByOne);
		System.out.println();
		System.out.println("| variant | rows | seconds | rows/s | ÷ the batch path's rows/s |");
		System.out.println("|---|---:|---:|---:|---:|");
		double real = counted[0] / (nanos[0] / 1e9);
		for (int v : new int[] { 3, 0, 1, 2 }) {
			double perSecond = counted[v] / (nanos[v] / 1e9);
			System.out.printf(Locale.ROOT, "| %s | %,d | %.1f | %,.0f | %.2f× |%n", names[v], counted[v], nanos[v] / 1e9,
					perSecond, perSecond / real);
		}
	}

	/** Every {@code singleEvery}-th row, for the one-at-a-time path. */
	private List<SyntheticDonations.Row> every(List<SyntheticDonations.Row> rows) {
		List<SyntheticDonations.Row> sample = new ArrayList<>();
		for (int i = 0; i < rows.size(); i += singleEvery) {
			sample.add(rows.get(i));
		}
		return sample;
	}

	/** A fund of the province with a drive, and two donations through the real path (cash and bank), so its accounts exist. */
	private Target open(String label) {
		Funds funds = context.getBean(Funds.class);
		Drives drives = context.getBean(Drives.class);
		Fund fund = funds.create(province.id(), "Quỹ Vì người nghèo (bench: " + label + ")", FundKind.FOR_THE_POOR,
				"1234567890", "Vietcombank");
		Drive drive = drives.open(fund.id(), new Drives.DriveDraft("Ủng hộ đồng bào bị thiên tai (bench)", null,
				today.minusDays(45), today.plusDays(30), null, EnumSet.allOf(Channel.class), null, null, null));
		long[] placeholder = new long[2];
		SystemUser.as(officer, () -> new TransactionTemplate(context.getBean(PlatformTransactionManager.class)).execute(s -> {
			Donations recorder = context.getBean(Donations.class);
			for (Channel channel : List.of(Channel.CASH, Channel.BANK)) {
				var donation = recorder.record(fund.id(), new DonationDraft(drive.id(), null, vn.mattran.fund.DonorKind.PERSON,
						"Người ủng hộ đầu tiên", null, null, 100_000L, today, channel, null, null, null, null,
						"bench:" + label + ":" + channel));
				placeholder[0] = donation.donor().id();
				placeholder[1] = donation.entryId();
			}
			return null;
		}));
		return new Target(fund, drive, placeholder[0], placeholder[1]);
	}

	/** The batch path: the chunk in one transaction as an import records a list, {@code batch} rows a call. */
	private void recordAll(Target target, List<SyntheticDonations.Row> rows, long from) {
		DonationBatch recorder = context.getBean(DonationBatch.class);
		TransactionTemplate transaction = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
		SystemUser.as(officer, () -> transaction.execute(s -> {
			for (int start = 0; start < rows.size(); start += batch) {
				List<DonationDraft> drafts = new ArrayList<>();
				for (int i = start; i < Math.min(rows.size(), start + batch); i++) {
					drafts.add(draft(target, rows.get(i), "import:bench:row:" + (from + i)));
				}
				recorder.record(target.fund().id(), drafts, null);
			}
			return null;
		}));
	}

	/** One donation a transaction through {@link Donations#record}, as the form and the API record them. */
	private void recordOneByOne(Target target, List<SyntheticDonations.Row> rows, long from) {
		Donations recorder = context.getBean(Donations.class);
		TransactionTemplate transaction = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
		SystemUser.as(officer, () -> {
			for (int i = 0; i < rows.size(); i++) {
				DonationDraft draft = draft(target, rows.get(i), "import:bench-one:row:" + (from + i));
				transaction.execute(s -> recorder.record(target.fund().id(), draft));
			}
			return null;
		});
	}

	private DonationDraft draft(Target target, SyntheticDonations.Row row, String source) {
		Long unit = row.collector() < 0 ? null : communes.get(row.collector()).id();
		return new DonationDraft(target.drive().id(), null, row.kind(), row.donor(), row.address(), row.phone(),
				row.amount(), row.receivedOn(), row.channel(), unit, null, row.note(), null, source);
	}

	/** The donation rows alone, with the same columns, pointing at one donor and one entry of their fund. */
	private void copyRows(Target target, List<SyntheticDonations.Row> rows, long from) throws Exception {
		try (Connection connection = dataSource.getConnection()) {
			connection.setAutoCommit(false);
			int serial = nextSerials(connection, target.fund().id(), rows.size());
			try (CopyStream copy = new CopyStream(connection, "fund_donation", DONATION_COLUMNS)) {
				for (int i = 0; i < rows.size(); i++) {
					donation(copy, target, rows.get(i), target.placeholderDonor(), serial + i, target.placeholderEntry(),
							"import:bench-rows:row:" + (from + i));
				}
			}
			connection.commit();
		}
	}

	/**
	 * Everything the real path writes for these rows, by COPY in one transaction: a donor per row, an entry per row
	 * chained to the fund's last by the same hash, its two lines (so the database's balance triggers run as for the
	 * real path), the donation, then the drive's running totals and the receipt counter. Only the audit log is left out.
	 */
	private void copyEverything(Target target, List<SyntheticDonations.Row> rows, long from) throws Exception {
		long fundId = target.fund().id();
		String by = officer.getUsername();
		try (Connection connection = dataSource.getConnection()) {
			connection.setAutoCommit(false);
			long[] head = new long[1];
			String[] hash = new String[1];
			try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(
					"select last_seq, last_hash from fund_fund where id = " + fundId + " for update")) {
				rs.next();
				head[0] = rs.getLong(1);
				hash[0] = rs.getString(2);
			}
			int serial = nextSerials(connection, fundId, rows.size());
			long firstDonor = reserve(connection, "fund_donor", rows.size());
			long firstEntry = reserve(connection, "fund_entry", rows.size());
			Map<String, Long> accounts = accounts(connection, fundId);
			String income = Accounts.income(target.drive().id());
			try (CopyStream donors = new CopyStream(connection, "fund_donor", "id, kind, name, name_folded, address, phone")) {
				for (int i = 0; i < rows.size(); i++) {
					SyntheticDonations.Row row = rows.get(i);
					String name = row.donor() == null ? "Ẩn danh" : row.donor();
					donors.field(firstDonor + i).field(row.kind().name()).text(name).text(VietnameseText.fold(name))
						.text(row.address()).text(row.phone()).end();
				}
			}
			try (CopyStream entries = new CopyStream(connection, "fund_entry",
					"id, fund_id, seq, posted_on, kind, memo, reverses, source, created_by, prev_hash, hash")) {
				for (int i = 0; i < rows.size(); i++) {
					SyntheticDonations.Row row = rows.get(i);
					String number = new ReceiptSeries.Number(row.receivedOn().getYear(), serial + i).text();
					String memo = "Thu ủng hộ, biên lai " + number + " – " + target.drive().title();
					String source = "receipt:" + fundId + ":" + number;
					long seq = ++head[0];
					String lines = EntryHash.lines(List.of(Line.debit(row.channel().account(), row.amount()),
							Line.credit(income, row.amount())));
					String next = EntryHash.of(fundId, seq, row.receivedOn(), "DONATION", memo, null, source, by, lines, hash[0]);
					entries.field(firstEntry + i).field(fundId).field(seq).field(row.receivedOn()).field("DONATION")
						.text(memo).nul().text(source).text(by).text(hash[0]).text(next).end();
					hash[0] = next;
				}
			}
			try (CopyStream lines = new CopyStream(connection, "fund_entry_line", "entry_id, line_no, account_id, debit, credit")) {
				for (int i = 0; i < rows.size(); i++) {
					SyntheticDonations.Row row = rows.get(i);
					lines.field(firstEntry + i).field(1).field(accounts.get(row.channel().account())).field(row.amount())
						.field(0).end();
					lines.field(firstEntry + i).field(2).field(accounts.get(income)).field(0).field(row.amount()).end();
				}
			}
			Map<Integer, long[]> totals = new HashMap<>();
			try (CopyStream copy = new CopyStream(connection, "fund_donation", DONATION_COLUMNS)) {
				for (int i = 0; i < rows.size(); i++) {
					SyntheticDonations.Row row = rows.get(i);
					donation(copy, target, row, firstDonor + i, serial + i, firstEntry + i, "import:bench-all:row:" + (from + i));
					long[] total = totals.computeIfAbsent(row.collector(), k -> new long[2]);
					total[0] += row.amount();
					total[1]++;
				}
			}
			addTotals(connection, target, totals);
			try (PreparedStatement s = connection.prepareStatement(
					"update fund_fund set last_seq = ?, last_hash = ? where id = ?")) {
				s.setLong(1, head[0]);
				s.setString(2, hash[0]);
				s.setLong(3, fundId);
				s.executeUpdate();
			}
			connection.commit();
		}
	}

	private void donation(CopyStream copy, Target target, SyntheticDonations.Row row, long donor, int serial, long entry,
			String source) throws Exception {
		Unit unit = row.collector() < 0 ? province : communes.get(row.collector());
		copy.field(target.fund().id()).field(target.drive().id()).field(donor).field(row.amount()).field(row.receivedOn())
			.field(row.channel().name()).field(unit.id()).field(unit.path()).nul().text(VietnameseText.cleanOrNull(row.note()))
			.nul().field(row.receivedOn().getYear()).field(serial)
			.text(new ReceiptSeries.Number(row.receivedOn().getYear(), serial).text()).field(entry).text(source)
			.text(officer.getUsername()).end();
	}

	/** Takes {@code count} receipt numbers of the fund's year at once; returns the first. */
	private int nextSerials(Connection connection, long fundId, int count) throws Exception {
		try (PreparedStatement s = connection.prepareStatement("""
				update fund_receipt_series set last_serial = last_serial + ? where fund_id = ? and year = ?
				returning last_serial""")) {
			s.setInt(1, count);
			s.setLong(2, fundId);
			s.setInt(3, today.getYear());
			try (ResultSet rs = s.executeQuery()) {
				rs.next();
				return rs.getInt(1) - count + 1;
			}
		}
	}

	/** Takes {@code count} ids of the table's identity at once; returns the first. */
	private static long reserve(Connection connection, String table, int count) throws Exception {
		try (PreparedStatement s = connection.prepareStatement(
				"select setval(pg_get_serial_sequence(?, 'id'), nextval(pg_get_serial_sequence(?, 'id')) + ? - 1)")) {
			s.setString(1, table);
			s.setString(2, table);
			s.setInt(3, count);
			try (ResultSet rs = s.executeQuery()) {
				rs.next();
				return rs.getLong(1) - count + 1;
			}
		}
	}

	private static Map<String, Long> accounts(Connection connection, long fundId) throws Exception {
		Map<String, Long> ids = new HashMap<>();
		try (Statement s = connection.createStatement();
				ResultSet rs = s.executeQuery("select code, id from fund_account where fund_id = " + fundId)) {
			while (rs.next()) {
				ids.put(rs.getString(1), rs.getLong(2));
			}
		}
		return ids;
	}

	private void addTotals(Connection connection, Target target, Map<Integer, long[]> totals) throws Exception {
		List<Long> units = new ArrayList<>();
		List<String> paths = new ArrayList<>();
		List<Long> amounts = new ArrayList<>();
		List<Long> counts = new ArrayList<>();
		totals.forEach((collector, total) -> {
			Unit unit = collector < 0 ? province : communes.get(collector);
			units.add(unit.id());
			paths.add(unit.path());
			amounts.add(total[0]);
			counts.add(total[1]);
		});
		try (PreparedStatement s = connection.prepareStatement("""
				insert into fund_drive_total (drive_id, unit_id, unit_path, amount, count)
				select ?, u, cast(p as ltree), a, n from unnest(?, ?, ?, ?) as t(u, p, a, n)
				on conflict (drive_id, unit_id) do update
				set amount = fund_drive_total.amount + excluded.amount, count = fund_drive_total.count + excluded.count""")) {
			s.setLong(1, target.drive().id());
			s.setArray(2, connection.createArrayOf("bigint", units.toArray()));
			s.setArray(3, connection.createArrayOf("text", paths.toArray()));
			s.setArray(4, connection.createArrayOf("bigint", amounts.toArray()));
			s.setArray(5, connection.createArrayOf("bigint", counts.toArray()));
			s.executeUpdate();
		}
	}

	/**
	 * The batch path and both COPY variants wrote the same donations (count and sum), the batch path and the full COPY
	 * left the same balances and running totals, and the chains of the batch path, the full COPY and the one-at-a-time
	 * path verify.
	 */
	private void check(Target code, Target rowsOnly, Target everything, Target oneByOne) throws Exception {
		List<String> sums = new ArrayList<>();
		for (Target t : List.of(code, rowsOnly, everything)) {
			sums.add(single("select count(*) || ' ' || sum(amount) from fund_donation where fund_id = " + t.fund().id()));
		}
		if (sums.stream().distinct().count() != 1) {
			throw new IllegalStateException("The variants wrote different donations (count, sum): " + sums);
		}
		String balances = "select string_agg(replace(code, '%s', 'drive') || '=' || balance, ' ' order by code)"
				+ " from fund_account where fund_id = %s";
		String a = single(balances.formatted(code.drive().id(), code.fund().id()));
		String b = single(balances.formatted(everything.drive().id(), everything.fund().id()));
		String totals = "select string_agg(unit_id || '=' || amount || '/' || count, ' ' order by unit_id)"
				+ " from fund_drive_total where drive_id = ";
		String ta = single(totals + code.drive().id());
		String tb = single(totals + everything.drive().id());
		if (!a.equals(b) || !ta.equals(tb)) {
			throw new IllegalStateException("The real path and the full COPY differ: " + a + " / " + b + "; " + ta + " / " + tb);
		}
		Funds funds = context.getBean(Funds.class);
		for (Target t : List.of(code, everything, oneByOne)) {
			long started = System.nanoTime();
			LedgerCheck result = SystemUser.as(officer, () -> funds.verify(t.fund().id()));
			if (!result.ok()) {
				throw new IllegalStateException(t.fund().name() + ": the hash chain does not verify: " + result);
			}
			System.out.printf(Locale.ROOT, "  %s: %,d entries, chain verified in %.1f s%n", t.fund().name(), result.entries(),
					(System.nanoTime() - started) / 1e9);
		}
		System.out.println("  checked: same donations in every variant (" + sums.get(0) + "), same balances (" + a
				+ ") and running totals for the real path and the full COPY");
	}

	private String single(String sql) throws Exception {
		try (Connection connection = dataSource.getConnection(); Statement s = connection.createStatement();
				ResultSet rs = s.executeQuery(sql)) {
			rs.next();
			return rs.getString(1);
		}
	}
}
