package vn.mattran.fund.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.mattran.fund.Channel;
import vn.mattran.fund.DonationDraft;
import vn.mattran.fund.DonorKind;
import vn.mattran.fund.Drive;
import vn.mattran.fund.Fund;
import vn.mattran.fund.FundKind;
import vn.mattran.organization.Organization;
import vn.mattran.organization.Unit;
import vn.mattran.shared.security.MattranUser;
import vn.mattran.shared.security.Role;
import vn.mattran.shared.security.Scope;
import vn.mattran.shared.security.SystemUser;
import vn.mattran.shared.text.VietnameseCollator;
import vn.mattran.shared.text.VietnameseText;

/**
 * Part (b): progress against target for every unit of a national tree, from the running totals per collecting unit
 * ({@link Drives#progress}, {@link DriveRepository#progress}), against the naive {@code GROUP BY} over the raw
 * donations joined to the targets by {@code ltree} containment, interleaved round by round; both must give the same
 * figures for every unit.
 */
final class ProgressBench {

	/** The naive report: every target with the raw donations of its subtree, summed on the spot. */
	static final String NAIVE = """
			select g.unit_id, g.unit_path::text, g.amount,
			       coalesce(sum(d.amount), 0) as collected, count(d.id) as donations
			from fund_target g
			left join fund_donation d on d.drive_id = g.drive_id and d.unit_path <@ g.unit_path and d.voided_at is null
			where g.drive_id = ?
			group by g.unit_id, g.unit_path, g.amount
			order by g.unit_path
			""";
	private static final int CHUNK = 1_000_000;
	private static final int DONORS = 10_000;

	private final ConfigurableApplicationContext context;
	private final DataSource dataSource;
	private final int units;
	private final long rawDonations;
	private final int warmup;
	private final int rounds;
	private final long seed;
	private final LocalDate today;
	private final Random random;
	private long[] ids;
	private String[] paths;
	private int[] levels;

	ProgressBench(ConfigurableApplicationContext context, int units, long rawDonations, int warmup, int rounds, long seed) {
		this.context = context;
		this.dataSource = context.getBean(DataSource.class);
		this.units = units;
		this.rawDonations = rawDonations;
		this.warmup = warmup;
		this.rounds = rounds;
		this.seed = seed;
		this.today = context.getBean(Funds.class).today();
		this.random = new Random(seed);
	}

	void run() throws Exception {
		long t0 = System.nanoTime();
		int added = tree();
		System.out.printf(Locale.ROOT, "%n(b) national tree: %,d units (%,d provinces, %,d communes, %,d residential areas,"
				+ " %,d of them added by COPY) in %.1f s%n", ids.length, count(1), count(3), count(4), added,
				(System.nanoTime() - t0) / 1e9);
		Unit home = context.getBean(Organization.class).unitByCode("01", today).orElseThrow();
		List<String> provinces = new ArrayList<>();
		for (int i = 0; i < ids.length; i++) {
			if (levels[i] == 1) {
				provinces.add(paths[i]);
			}
		}
		MattranUser national = new MattranUser(1, "bench-national", null, "Bench national officer", home.id(),
				home.name(), Role.OFFICER, Scope.of(provinces), true, false);
		long[] made = SystemUser.call(() -> open(home, national));
		long fundId = made[0];
		long driveId = made[1];
		t0 = System.nanoTime();
		long[][] expected = load(fundId, driveId, made[2], made[3]);
		System.out.printf(Locale.ROOT, "  %,d targets and %,d donations loaded by COPY in %.1f s%n", ids.length, rawDonations,
				(System.nanoTime() - t0) / 1e9);
		t0 = System.nanoTime();
		totals(driveId, expected);
		System.out.printf(Locale.ROOT, "  fund_drive_total by one INSERT ... SELECT ... GROUP BY, checked against the"
				+ " generator's sums, and VACUUM ANALYZE in %.1f s%n", (System.nanoTime() - t0) / 1e9);
		measure(driveId, national);
	}

	private int count(int level) {
		return (int) Arrays.stream(levels).filter(l -> l == level).count();
	}

	/** The units in force today, with residential areas added by COPY under the communes until there are {@code units}. */
	private int tree() throws Exception {
		String current = """
				select id, path::text, level, type, province_code, valid_from, valid_to from org_unit
				where (valid_to is null or valid_to >= current_date) and (valid_from is null or valid_from <= current_date)
				order by path""";
		List<Object[]> rows = query(current);
		List<Object[]> communes = rows.stream().filter(r -> ((Number) r[2]).intValue() == 3).toList();
		int areas = Math.max(0, units - rows.size());
		if (areas > 0 && !communes.isEmpty()) {
			try (Connection connection = dataSource.getConnection()) {
				connection.setAutoCommit(false);
				long first;
				try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(
						"select setval(pg_get_serial_sequence('org_unit', 'id'), nextval(pg_get_serial_sequence('org_unit', 'id')) + "
								+ areas + " - 1)")) {
					rs.next();
					first = rs.getLong(1) - areas + 1;
				}
				try (CopyStream copy = new CopyStream(connection, "org_unit", "id, code, name, type, level, parent_id, path,"
						+ " province_code, valid_from, valid_to, source, note, name_folded, name_compact, name_sort")) {
					for (int a = 0; a < areas; a++) {
						Object[] commune = communes.get(a % communes.size());
						boolean ward = String.valueOf(commune[3]).startsWith("Phường");
						String type = ward ? "Tổ dân phố" : "Thôn";
						String name = type + " số " + (1 + a / communes.size());
						long id = first + a;
						copy.field(id).nul().text(name).text(type).field(4).field(commune[0]).field(commune[1] + "." + id)
							.text((String) commune[4]).field(commune[5]).field(commune[6]).field("LOCAL").nul()
							.text(VietnameseText.fold(name)).text(VietnameseText.compact(name))
							.field("\\x" + HexFormat.of().formatHex(VietnameseCollator.sortKey(name))).end();
					}
				}
				connection.commit();
			}
			try (Connection connection = dataSource.getConnection(); Statement s = connection.createStatement()) {
				s.execute("analyze org_unit");
			}
			rows = query(current);
		}
		ids = rows.stream().mapToLong(r -> ((Number) r[0]).longValue()).toArray();
		paths = rows.stream().map(r -> (String) r[1]).toArray(String[]::new);
		levels = rows.stream().mapToInt(r -> ((Number) r[2]).intValue()).toArray();
		return areas;
	}

	/** A fund and its drive through the real services, and one donation outside the drive for the COPY rows to point at. */
	private long[] open(Unit home, MattranUser national) {
		Fund fund = context.getBean(Funds.class).create(home.id(), "Quỹ cứu trợ (bench: national drive)", FundKind.RELIEF,
				null, null);
		Drive drive = context.getBean(Drives.class).open(fund.id(), new Drives.DriveDraft("Cả nước hướng về miền Trung (bench)",
				null, today.withDayOfYear(1), today.plusDays(30), null, EnumSet.allOf(Channel.class), null, null, null));
		var placeholder = SystemUser.as(national, () -> new TransactionTemplate(
				context.getBean(PlatformTransactionManager.class)).execute(s -> context.getBean(Donations.class).record(
						fund.id(), new DonationDraft(null, null, DonorKind.ANONYMOUS, null, null, null, 100_000L, today,
								Channel.BANK, null, null, null, null, null))));
		return new long[] { fund.id(), drive.id(), placeholder.entryId(), placeholder.donor().id() };
	}

	/**
	 * Targets for every unit, a pool of donors and the donations by COPY, in time order from all over the country (90 %
	 * collected by residential areas, 8 % by communes, 2 % by provinces; 0.2 % voided). Returns what each unit collected
	 * itself, voided ones left out: amount and count per unit.
	 */
	private long[][] load(long fundId, long driveId, long entry, long placeholderDonor) throws Exception {
		long[][] expected = new long[2][ids.length];
		int[] byLevel = new int[5];
		int[][] indexes = new int[5][];
		for (int level = 1; level <= 4; level++) {
			int l = level;
			indexes[level] = java.util.stream.IntStream.range(0, ids.length).filter(i -> levels[i] == l).toArray();
			byLevel[level] = indexes[level].length;
		}
		try (Connection connection = dataSource.getConnection()) {
			connection.setAutoCommit(false);
			try (CopyStream targets = new CopyStream(connection, "fund_target", "drive_id, unit_id, unit_path, amount")) {
				for (int i = 0; i < ids.length; i++) {
					long base = levels[i] == 1 ? 50_000_000_000L : levels[i] == 3 ? 500_000_000L : 20_000_000L;
					targets.field(driveId).field(ids[i]).field(paths[i]).field(base / 2 + (long) (random.nextDouble() * base))
						.end();
				}
			}
			long firstDonor = donors(connection);
			connection.commit();
			int year = today.getYear();
			int days = today.getDayOfYear();
			String[] dayText = new String[days];
			for (int d = 0; d < days; d++) {
				dayText[d] = today.withDayOfYear(d + 1).toString();
			}
			List<SyntheticDonations.Row> amounts = SyntheticDonations.rows(seed, 0, 100_000, today, today, 0);
			long serial = 1 + single("select last_serial from fund_receipt_series where fund_id = " + fundId + " and year = " + year);
			for (long from = 0; from < rawDonations; from += CHUNK) {
				long t = System.nanoTime();
				long count = Math.min(CHUNK, rawDonations - from);
				try (CopyStream copy = new CopyStream(connection, "fund_donation", "fund_id, drive_id, donor_id, amount,"
						+ " received_on, channel, unit_id, unit_path, receipt_year, receipt_serial, receipt_number, entry_id,"
						+ " voided_at, void_reason, void_entry_id, created_by")) {
					for (long n = 0; n < count; n++) {
						double r = random.nextDouble();
						int level = r < 0.02 || byLevel[4] + byLevel[3] == 0 ? 1 : r < 0.10 || byLevel[4] == 0 ? 3 : 4;
						int unit = indexes[level][random.nextInt(byLevel[level])];
						long amount = amounts.get(random.nextInt(amounts.size())).amount();
						boolean bank = random.nextDouble() < 0.8;
						boolean voided = random.nextDouble() < 0.002;
						long number = serial++;
						copy.field(fundId).field(driveId).field(firstDonor + random.nextInt(DONORS)).field(amount)
							.field(dayText[random.nextInt(days)]).field(bank ? "BANK" : "CASH").field(ids[unit])
							.field(paths[unit]).field(year).field(number).field(String.format(Locale.ROOT, "%06d/%d", number, year))
							.field(entry);
						if (voided) {
							copy.field(year + "-01-02 10:00:00+07").text("Nhập trùng").field(entry);
						}
						else {
							copy.nul().nul().nul();
							expected[0][unit] += amount;
							expected[1][unit]++;
						}
						copy.text("bench").end();
					}
				}
				connection.commit();
				System.out.printf(Locale.ROOT, "  %,d/%,d donations (%,.0f rows/s)%n", from + count, rawDonations,
						count / ((System.nanoTime() - t) / 1e9));
			}
			try (Statement s = connection.createStatement()) {
				s.executeUpdate("update fund_receipt_series set last_serial = " + (serial - 1) + " where fund_id = " + fundId
						+ " and year = " + year);
			}
			connection.commit();
		}
		return expected;
	}

	private long donors(Connection connection) throws Exception {
		long first;
		try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(
				"select setval(pg_get_serial_sequence('fund_donor', 'id'), nextval(pg_get_serial_sequence('fund_donor', 'id')) + "
						+ DONORS + " - 1)")) {
			rs.next();
			first = rs.getLong(1) - DONORS + 1;
		}
		List<SyntheticDonations.Row> rows = SyntheticDonations.rows(seed, 1, DONORS, today, today, 0);
		try (CopyStream copy = new CopyStream(connection, "fund_donor", "id, kind, name, name_folded, address, phone")) {
			for (int i = 0; i < DONORS; i++) {
				SyntheticDonations.Row row = rows.get(i);
				String name = row.donor() == null ? "Ẩn danh" : row.donor();
				copy.field(first + i).field(row.kind().name()).text(name).text(VietnameseText.fold(name)).text(row.address())
					.text(row.phone()).end();
			}
		}
		return first;
	}

	/** The running totals as the application keeps them, computed once from the rows; they must match the generator's. */
	private void totals(long driveId, long[][] expected) throws Exception {
		try (Connection connection = dataSource.getConnection(); Statement s = connection.createStatement()) {
			s.executeUpdate("""
					insert into fund_drive_total (drive_id, unit_id, unit_path, amount, count)
					select drive_id, unit_id, unit_path, sum(amount), count(*) from fund_donation
					where drive_id = %d and voided_at is null
					group by drive_id, unit_id, unit_path""".formatted(driveId));
			java.util.Map<Long, long[]> stored = new java.util.HashMap<>();
			try (ResultSet rs = s.executeQuery("select unit_id, amount, count from fund_drive_total where drive_id = " + driveId)) {
				while (rs.next()) {
					stored.put(rs.getLong(1), new long[] { rs.getLong(2), rs.getLong(3) });
				}
			}
			int collecting = 0;
			for (int i = 0; i < ids.length; i++) {
				long[] row = stored.getOrDefault(ids[i], new long[2]);
				if (row[0] != expected[0][i] || row[1] != expected[1][i]) {
					throw new IllegalStateException("fund_drive_total of unit " + ids[i] + " is " + Arrays.toString(row)
							+ ", the generator made " + expected[0][i] + "/" + expected[1][i]);
				}
				collecting += expected[1][i] > 0 ? 1 : 0;
			}
			if (stored.size() != collecting) {
				throw new IllegalStateException(stored.size() + " running totals for " + collecting + " collecting units");
			}
			s.execute("vacuum analyze fund_donation");
			s.execute("vacuum analyze fund_drive_total");
			s.execute("vacuum analyze fund_target");
			System.out.printf(Locale.ROOT, "  %,d collecting units with a running total%n", collecting);
		}
	}

	private void measure(long driveId, MattranUser national) throws Exception {
		Drives drives = context.getBean(Drives.class);
		DriveRepository repository = context.getBean(DriveRepository.class);
		List<String> names = List.of("Drives.progress (service)", "DriveRepository.progress (running totals)",
				"naive GROUP BY over the raw donations");
		List<Supplier<List<List<Object>>>> variants = List.of(
				() -> SystemUser.as(national, () -> drives.progress(driveId)).stream()
					.map(p -> List.<Object>of(p.unit().id(), p.unit().path(), p.target(), p.collected(), p.donations())).toList(),
				() -> repository.progress(driveId).stream()
					.map(p -> List.<Object>of(p.unitId(), p.unitPath(), p.target(), p.collected(), p.donations())).toList(),
				() -> naive(driveId));
		List<List<Object>> reference = null;
		for (int v = 0; v < variants.size(); v++) {
			long t = System.nanoTime();
			List<List<Object>> result = variants.get(v).get();
			System.out.printf(Locale.ROOT, "  first call of %s: %,d rows in %.2f s%n", names.get(v), result.size(),
					(System.nanoTime() - t) / 1e9);
			if (reference == null) {
				reference = result;
			}
			else if (!reference.equals(result)) {
				throw new IllegalStateException(names.get(v) + " differs from " + names.get(0) + ": " + firstDifference(reference, result));
			}
		}
		if (reference.size() != ids.length) {
			throw new IllegalStateException(reference.size() + " progress rows for " + ids.length + " targets");
		}
		System.out.printf(Locale.ROOT, "  checked: the three give identical figures for all %,d units (national total %,d đ"
				+ " in %,d donations)%n", reference.size(), total(reference, 3), total(reference, 4));
		for (int w = 1; w < warmup; w++) {
			variants.forEach(Supplier::get);
		}
		long[][] samples = new long[variants.size()][rounds];
		for (int r = 0; r < rounds; r++) {
			for (int k = 0; k < variants.size(); k++) {
				int v = (r + k) % variants.size();
				long t = System.nanoTime();
				variants.get(v).get();
				samples[v][r] = System.nanoTime() - t;
			}
		}
		double[] p50 = new double[variants.size()];
		System.out.println();
		System.out.println("| variant | rounds | p50 (ms) | min / max (ms) | naive ÷ this, p50 |");
		System.out.println("|---|---:|---:|---:|---:|");
		for (int v = 0; v < variants.size(); v++) {
			long[] s = samples[v].clone();
			Arrays.sort(s);
			p50[v] = (s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2.0) / 1e6;
		}
		for (int v = 0; v < variants.size(); v++) {
			long[] s = samples[v].clone();
			Arrays.sort(s);
			System.out.printf(Locale.ROOT, "| %s | %d | %,.0f | %,.0f / %,.0f | %.1f× |%n", names.get(v), rounds, p50[v],
					s[0] / 1e6, s[s.length - 1] / 1e6, p50[2] / p50[v]);
		}
	}

	private static long total(List<List<Object>> rows, int column) {
		return rows.stream().filter(r -> !((String) r.get(1)).contains(".")).mapToLong(r -> (Long) r.get(column)).sum();
	}

	private static String firstDifference(List<List<Object>> a, List<List<Object>> b) {
		for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
			if (!a.get(i).equals(b.get(i))) {
				return "row " + i + ": " + a.get(i) + " / " + b.get(i);
			}
		}
		return a.size() + " rows / " + b.size() + " rows";
	}

	private List<List<Object>> naive(long driveId) {
		try (Connection connection = dataSource.getConnection();
				PreparedStatement statement = connection.prepareStatement(NAIVE)) {
			statement.setLong(1, driveId);
			List<List<Object>> rows = new ArrayList<>();
			try (ResultSet rs = statement.executeQuery()) {
				while (rs.next()) {
					rows.add(List.of(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)));
				}
			}
			return rows;
		}
		catch (java.sql.SQLException e) {
			throw new IllegalStateException(e);
		}
	}

	private List<Object[]> query(String sql) throws Exception {
		List<Object[]> rows = new ArrayList<>();
		try (Connection connection = dataSource.getConnection(); Statement s = connection.createStatement();
				ResultSet rs = s.executeQuery(sql)) {
			int columns = rs.getMetaData().getColumnCount();
			while (rs.next()) {
				Object[] row = new Object[columns];
				for (int i = 0; i < columns; i++) {
					row[i] = rs.getObject(i + 1);
				}
				rows.add(row);
			}
		}
		return rows;
	}

	private long single(String sql) throws Exception {
		try (Connection connection = dataSource.getConnection(); Statement s = connection.createStatement();
				ResultSet rs = s.executeQuery(sql)) {
			return rs.next() ? rs.getLong(1) : 0;
		}
	}
}
