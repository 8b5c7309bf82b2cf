package vn.mattran.households.internal;

import java.io.StringReader;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.mattran.MattranApplication;
import vn.mattran.households.Classification;
import vn.mattran.organization.Organization;
import vn.mattran.organization.Unit;
import vn.mattran.organization.UnitLevel;
import vn.mattran.organization.internal.units.UnitDraft;
import vn.mattran.organization.internal.units.UnitService;
import vn.mattran.shared.security.MattranUser;
import vn.mattran.shared.security.Role;
import vn.mattran.shared.security.Scope;
import vn.mattran.shared.security.SystemUser;
import vn.mattran.shared.text.VietnameseCollator;
import vn.mattran.shared.text.VietnameseText;
import vn.mattran.shared.web.PageRequest;

/**
 * The household registry's search and duplicate report against the SQL they run, side by side in one run.
 *
 * <p>Starts the real application (its own throw-away embedded PostgreSQL 17, official unit lists, no demo
 * data), adds residential areas under the communes of one province through the real {@link UnitService},
 * and fills the registry with a synthetic province (default 300,000 households) by {@code COPY}: common
 * Vietnamese names, folded names and sort keys made by {@link VietnameseText} and {@link VietnameseCollator}
 * as the application makes them, two years of classifications, and households registered twice, adult
 * children listed in their parents' household and their own, and mistyped ID numbers for the duplicate
 * report to find.
 *
 * <p>For each case it runs, interleaved round by round after a warm-up: <b>plain</b>, the statements the
 * code sends (captured from the real repository through a recording data source, so the text and the bound
 * values are identical) executed over one pooled JDBC connection and read to the last column;
 * <b>repository</b>, {@link HouseholdRepository#search} or {@link DuplicateFinder#report} as the Spring beans;
 * <b>service</b>, {@link Registry#search} or {@link Duplicates#report} as a signed-in officer of that scope
 * (what the web pages and the API call: transaction, unit names, the pairs' households). The result is the
 * ratio of each to plain; the timings are printed only as the basis of the ratios.
 */
public final class HouseholdBench {

	private static final String BY = "bench";

	private HouseholdBench() {
	}

	public static void main(String[] args) throws Exception {
		int households = Integer.getInteger("bench.households", 300_000);
		String provinceCode = System.getProperty("bench.province", "01");
		int warmup = Integer.getInteger("bench.warmup", 3);
		int minRounds = Integer.getInteger("bench.minRounds", 7);
		int maxRounds = Integer.getInteger("bench.maxRounds", 40);
		long budgetMs = Long.getLong("bench.budgetSeconds", 60) * 1000;
		long seed = Long.getLong("bench.seed", 2025);

		SpringApplication application = new SpringApplication(MattranApplication.class);
		application.setRegisterShutdownHook(true);
		String[] properties = { "--mattran.database.ephemeral=true", "--mattran.database.url=",
				"--mattran.setup.demo=false", "--mattran.setup.admin-password=Bench-" + UUID.randomUUID(),
				"--server.port=0", "--spring.main.banner-mode=off", "--logging.level.root=WARN",
				"--logging.level.vn.mattran=WARN" };
		long started = System.nanoTime();
		try (ConfigurableApplicationContext context = application.run(properties)) {
			System.out.printf(Locale.ROOT, "Application started in %.1f s%n", (System.nanoTime() - started) / 1e9);
			DataSource dataSource = context.getBean(DataSource.class);
			Generator generator = new Generator(context, dataSource, provinceCode, seed);
			Synthetic registry = SystemUser.call(() -> {
				try {
					return generator.generate(households);
				}
				catch (Exception e) {
					throw new IllegalStateException("Could not generate the registry", e);
				}
			});
			String planCacheMode = System.getProperty("bench.planCacheMode", "").strip();
			if (!planCacheMode.isEmpty()) {
				// an experiment: every connection opened from now on plans its statements this way
				try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
						ResultSet rs = statement.executeQuery("select current_database()")) {
					rs.next();
					statement.execute("alter database \"" + rs.getString(1) + "\" set plan_cache_mode = '"
							+ planCacheMode.replace("'", "") + "'");
				}
				dataSource.unwrap(com.zaxxer.hikari.HikariDataSource.class).getHikariPoolMXBean().softEvictConnections();
				System.out.println("plan_cache_mode = " + planCacheMode + " for every new connection");
			}
			new Bench(context, dataSource, registry, warmup, minRounds, maxRounds, budgetMs).run();
		}
	}

	/** What the generator made: the province, a commune, a citizen ID held in two households. */
	record Synthetic(Unit province, Unit commune, String sharedCitizenId, int year) {
	}

	// ------------------------------------------------------------------------------------------------
	// The synthetic province

	static final class Generator {

		private static final String[] FAMILY = { "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ",
				"Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Đào", "Trịnh", "Mai", "Lương", "Hà", "Tạ",
				"Cao", "Lưu", "Chu", "Kiều", "Tô", "Quách", "Khúc" };
		private static final double[] FAMILY_WEIGHT = { 38, 11, 9.5, 7.1, 4.0, 1.1, 4.5, 2.0, 1.9, 2.1, 2.0, 1.4, 1.3,
				1.3, 1.0, 0.5, 0.7, 0.6, 0.5, 0.4, 0.4, 0.5, 0.3, 0.3, 0.3, 0.2, 0.2, 0.2, 0.1, 0.1 };
		private static final String[] MALE_MIDDLE = { "Văn", "Đức", "Minh", "Quang", "Hữu", "Công", "Xuân", "Thanh",
				"Ngọc", "Mạnh", "Tiến", "Trọng", "Duy", "Anh", "Hoàng", "Gia", "Quốc", "Đình", "Bá", "Tuấn" };
		private static final double[] MALE_MIDDLE_WEIGHT = { 40, 8, 7, 6, 6, 5, 4, 4, 3, 3, 2, 2, 2, 2, 2, 2, 2, 3, 2,
				1 };
		private static final String[] FEMALE_MIDDLE = { "Thị", "Ngọc", "Thu", "Thanh", "Kim", "Phương", "Hồng", "Minh",
				"Bích", "Mai", "Thùy", "Hải", "Diệu", "Khánh", "Quỳnh", "Bảo", "Lan", "Thúy" };
		private static final double[] FEMALE_MIDDLE_WEIGHT = { 55, 6, 5, 5, 3, 3, 3, 3, 2, 2, 2, 2, 1, 2, 2, 1, 1, 1 };
		private static final String[] MALE_GIVEN = { "Hùng", "Dũng", "Nam", "Thắng", "Minh", "Tuấn", "Long", "Hải",
				"Sơn", "Trung", "Hưng", "Cường", "Hoàng", "Phong", "Quân", "Đạt", "Huy", "Khánh", "Lâm", "Thành",
				"Toàn", "Tài", "Bình", "Phúc", "Lộc", "Thịnh", "Vinh", "Hiếu", "Nghĩa", "Trí", "Kiên", "Tùng", "Việt",
				"Hòa", "An", "Bảo", "Duy", "Đức", "Hiển", "Tâm", "Thái", "Thuận", "Tiến", "Tú", "Vũ", "Chiến", "Công",
				"Định", "Giang", "Hậu", "Hiệp", "Khoa", "Lợi", "Lực", "Mạnh", "Nhân", "Phát", "Quang", "Sang", "Tân",
				"Thông", "Trường", "Tường", "Doanh", "Kha", "Luân", "Ngọc", "Phương", "Quý", "Thạch" };
		private static final String[] FEMALE_GIVEN = { "Lan", "Hoa", "Hằng", "Trang", "Mai", "Hương", "Nga", "Thủy",
				"Anh", "Tuyết", "Hạnh", "Hiền", "Huyền", "Linh", "Loan", "Ly", "Nhung", "Oanh", "Phương", "Quyên", "Thảo",
				"Thu", "Trinh", "Vân", "Yến", "Dung", "Giang", "Hà", "Hải", "Hồng", "Huệ", "Liên", "Liễu", "Minh", "My",
				"Ngân", "Ngọc", "Nhàn", "Nhi", "Phượng", "Quỳnh", "Tâm", "Thanh", "Thoa", "Thơm", "Thúy", "Tình",
				"Trâm", "Uyên", "Vy", "Xuân", "Chi", "Diệp", "Đào", "Hân", "Khánh", "Lụa", "Mơ", "Sen", "Duyên" };
		private static final String[] STREETS = { "đường Lê Lợi", "đường Trần Phú", "phố Quang Trung",
				"đường Nguyễn Trãi", "ngõ 12", "ngõ 45", "xóm Đình", "xóm Chùa", "xóm Mới", "đường Hùng Vương" };
		private static final String[] CIRCUMSTANCES = { "Chủ hộ ốm đau thường xuyên, không có việc làm ổn định.",
				"Nhà xuống cấp, mái dột; hai con đang đi học.", "Người cao tuổi sống một mình, không có lương hưu.",
				"Có người khuyết tật cần chăm sóc; thu nhập thấp.", "Thiếu vốn sản xuất, buôn bán nhỏ tại chợ." };
		private static final int AREA_SIZE = 300;

		private final ConfigurableApplicationContext context;
		private final DataSource dataSource;
		private final String provinceCode;
		private final Random random;
		private final Set<Long> usedIds = new HashSet<>();
		private final List<String> idReservoir = new ArrayList<>();
		private final int year = LocalDate.now().getYear();
		private long nextHousehold;
		private long nextMember;
		private String sharedCitizenId;
		private long memberRows;
		private long classifications;
		private int reRegistered;
		private int splits;
		private int typos;

		Generator(ConfigurableApplicationContext context, DataSource dataSource, String provinceCode, long seed) {
			this.context = context;
			this.dataSource = dataSource;
			this.provinceCode = provinceCode;
			this.random = new Random(seed);
		}

		private record Person(String name, boolean woman, int birthYear, LocalDate birthDate, String relation,
				String citizenId, String phone, boolean head, LocalDate leftOn) {

			Person asHead() {
				return new Person(name, woman, birthYear, birthDate, vn.mattran.households.Member.HEAD, citizenId,
						phone, true, null);
			}
		}

		private record Made(long id, Unit area, List<Person> people) {
		}

		Synthetic generate(int households) throws Exception {
			Organization organization = context.getBean(Organization.class);
			UnitService units = context.getBean(UnitService.class);
			LocalDate today = LocalDate.now();
			Unit province = organization.unitByCode(provinceCode, today)
				.orElseThrow(() -> new IllegalStateException("No province with code " + provinceCode));
			List<Unit> communes = organization.children(province.id(), today);
			long t0 = System.nanoTime();
			int perCommune = (households + communes.size() - 1) / communes.size();
			int areasPerCommune = Math.max(1, (perCommune + AREA_SIZE - 1) / AREA_SIZE);
			List<List<Unit>> areas = new ArrayList<>();
			for (Unit commune : communes) {
				List<Unit> made = new ArrayList<>();
				boolean ward = commune.type() != null && commune.type().startsWith("Phường");
				for (int a = 1; a <= areasPerCommune; a++) {
					made.add(units.create(new UnitDraft(commune.id(), null, (ward ? "Tổ dân phố số " : "Thôn ") + a,
							null, UnitLevel.RESIDENTIAL, null, null, null)));
				}
				areas.add(made);
			}
			System.out.printf(Locale.ROOT, "%s: %d communes, %d residential areas created through UnitService in %.1f s%n",
					province.name(), communes.size(), communes.size() * areasPerCommune, (System.nanoTime() - t0) / 1e9);

			t0 = System.nanoTime();
			try (Connection connection = dataSource.getConnection()) {
				CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
				nextHousehold = 1 + single(connection, "select coalesce(max(id), 0) from hh_household");
				nextMember = 1 + single(connection, "select coalesce(max(id), 0) from hh_member");
				int left = households;
				for (int c = 0; c < communes.size(); c++) {
					int count = Math.min(left, perCommune);
					left -= count;
					commune(copy, communes.get(c), areas.get(c), count);
					if ((c + 1) % 20 == 0) {
						System.out.printf(Locale.ROOT, "  %d/%d communes loaded%n", c + 1, communes.size());
					}
				}
				try (Statement statement = connection.createStatement()) {
					statement.execute("select setval(pg_get_serial_sequence('hh_household', 'id'), (select max(id) from hh_household))");
					statement.execute("select setval(pg_get_serial_sequence('hh_member', 'id'), (select max(id) from hh_member))");
					statement.execute("vacuum analyze hh_household");
					statement.execute("vacuum analyze hh_member");
					statement.execute("vacuum analyze hh_classification");
				}
			}
			System.out.printf(Locale.ROOT,
					"Registry: %,d households, %,d members, %,d classification rows (%d, %d) loaded by COPY and vacuumed in %.1f s%n"
							+ "  planted: %d households registered twice, %d adult children heading a household while still"
							+ " listed in their parents', %d mistyped ID numbers%n",
					households, memberRows, classifications, year - 1, year, (System.nanoTime() - t0) / 1e9, reRegistered,
					splits, typos);
			return new Synthetic(province, communes.get(0), sharedCitizenId != null ? sharedCitizenId : idReservoir.get(0),
					year);
		}

		private static long single(Connection connection, String sql) throws Exception {
			try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
				rs.next();
				return rs.getLong(1);
			}
		}

		private void commune(CopyManager copy, Unit commune, List<Unit> areas, int count) throws Exception {
			List<Made> made = new ArrayList<>(count);
			StringBuilder households = new StringBuilder(count * 200);
			StringBuilder people = new StringBuilder(count * 300);
			StringBuilder kinds = new StringBuilder(count * 10);
			for (int i = 0; i < count; i++) {
				Unit area = areas.get(Math.min(areas.size() - 1, i * areas.size() / Math.max(1, count)));
				List<Person> members = null;
				double r = random.nextDouble();
				if (made.size() > 20 && r < 0.005) {
					// registered again, in its own area or another of the commune
					Made earlier = made.get(random.nextInt(made.size()));
					members = new ArrayList<>(earlier.people());
					if (random.nextBoolean()) {
						area = earlier.area();
					}
					if (sharedCitizenId == null && earlier.people().get(0).citizenId() != null) {
						sharedCitizenId = earlier.people().get(0).citizenId();
					}
					reRegistered++;
				}
				else if (made.size() > 20 && r < 0.010) {
					// an adult child heading a household of their own, still listed in the parents'
					Made earlier = made.get(random.nextInt(made.size()));
					Person child = earlier.people().stream()
						.filter(p -> "Con".equals(p.relation()) && p.birthYear() <= year - 20 && p.leftOn() == null)
						.findFirst().orElse(null);
					if (child != null) {
						members = new ArrayList<>();
						members.add(child.asHead());
						family(members, child.name().substring(0, child.name().indexOf(' ')), child.woman(),
								child.birthYear(), 1 + random.nextInt(3));
						splits++;
					}
				}
				if (members == null) {
					members = newHousehold();
				}
				if (random.nextDouble() < 0.001 && idReservoir.size() > 100) {
					// a mistyped ID number: someone else's, in another household anywhere in the province
					int at = random.nextInt(members.size());
					Person p = members.get(at);
					members.set(at, new Person(p.name(), p.woman(), p.birthYear(), p.birthDate(), p.relation(),
							idReservoir.get(random.nextInt(idReservoir.size())), p.phone(), p.head(), p.leftOn()));
					typos++;
				}
				long id = nextHousehold++;
				made.add(new Made(id, area, members));
				write(households, people, kinds, id, commune, area, members);
			}
			copy.copyIn("copy hh_household (id, unit_id, unit_path, commune_id, province_code, address, head_name,"
					+ " head_folded, head_birth_year, head_sort, search_folded, circumstances, current_year, current_kinds,"
					+ " created_by) from stdin with (format csv)", new StringReader(households.toString()));
			copy.copyIn("copy hh_member (id, household_id, commune_id, position, full_name, name_folded, sex, birth_year, birth_date,"
					+ " relation, citizen_id, phone, is_head, left_on) from stdin with (format csv)",
					new StringReader(people.toString()));
			copy.copyIn("copy hh_classification (household_id, year, kind, added_by, withdrawn_by, withdrawn_at,"
					+ " withdrawn_why) from stdin with (format csv)", new StringReader(kinds.toString()));
		}

		private List<Person> newHousehold() {
			double s = random.nextDouble();
			int size = s < 0.10 ? 1 : s < 0.30 ? 2 : s < 0.60 ? 3 : s < 0.85 ? 4 : s < 0.95 ? 5 : 6;
			boolean woman = random.nextDouble() < 0.28;
			int headYear = 1940 + random.nextInt(year - 20 - 1940);
			String family = pick(FAMILY, FAMILY_WEIGHT);
			List<Person> members = new ArrayList<>(size);
			members.add(person(family, woman, headYear, vn.mattran.households.Member.HEAD, true));
			family(members, family, woman, headYear, size - 1);
			return members;
		}

		/** A spouse (usually) and children after the head; children carry the father's family name. */
		private void family(List<Person> members, String headFamily, boolean womanHead, int headYear, int more) {
			String childFamily = headFamily;
			if (more > 0 && random.nextDouble() < 0.85) {
				String spouseFamily = pick(FAMILY, FAMILY_WEIGHT);
				int spouseYear = Math.min(year - 18, headYear + random.nextInt(9) - 4);
				members.add(person(spouseFamily, !womanHead, spouseYear, womanHead ? "Chồng" : "Vợ", false));
				if (womanHead) {
					childFamily = spouseFamily;
				}
				more--;
			}
			for (int c = 0; c < more; c++) {
				int childYear = Math.min(year, headYear + 20 + random.nextInt(18));
				members.add(person(childFamily, random.nextBoolean(), childYear, "Con", false));
			}
		}

		private Person person(String family, boolean woman, int birthYear, String relation, boolean head) {
			String name = family + " " + (woman ? pick(FEMALE_MIDDLE, FEMALE_MIDDLE_WEIGHT) : pick(MALE_MIDDLE,
					MALE_MIDDLE_WEIGHT)) + " " + zipf(woman ? FEMALE_GIVEN : MALE_GIVEN);
			String citizenId = null;
			if (birthYear <= year - 14 ? random.nextDouble() < 0.95 : random.nextDouble() < 0.30) {
				citizenId = citizenId(woman, birthYear);
			}
			String phone = random.nextDouble() < (head ? 0.6 : 0.2)
					? String.format(Locale.ROOT, "09%08d", random.nextInt(100_000_000)) : null;
			LocalDate birthDate = random.nextDouble() < 0.3 ? LocalDate.ofYearDay(birthYear, 1 + random.nextInt(365))
					: null;
			LocalDate leftOn = !head && random.nextDouble() < 0.03
					? LocalDate.of(year - 1, 1, 1).plusDays(random.nextInt(500)) : null;
			return new Person(name, woman, birthYear, birthDate, relation, citizenId, phone, head, leftOn);
		}

		/** Twelve digits: the province, sex and century, the year of birth, six random digits, never twice. */
		private String citizenId(boolean woman, int birthYear) {
			int century = (birthYear >= 2000 ? 2 : 0) + (woman ? 1 : 0);
			long prefix = Long.parseLong(provinceCode) * 1_000_000_000L + century * 100_000_000L
					+ (birthYear % 100) * 1_000_000L;
			long id;
			do {
				id = prefix + random.nextInt(1_000_000);
			}
			while (!usedIds.add(id));
			String text = String.format(Locale.ROOT, "%012d", id);
			if (random.nextInt(100) == 0) {
				idReservoir.add(text);
			}
			return text;
		}

		private void write(StringBuilder households, StringBuilder people, StringBuilder kinds, long id, Unit commune,
				Unit area, List<Person> members) {
			Person head = members.stream().filter(p -> p.head() && p.leftOn() == null).findFirst().orElse(members.get(0));
			StringBuilder search = new StringBuilder();
			int position = 0;
			for (Person p : members) {
				String folded = VietnameseText.fold(p.name());
				search.append(' ').append(folded);
				csv(people, nextMember++, id, commune.id(), position++, text(p.name()), text(folded), p.woman() ? "F" : "M",
						p.birthYear(), p.birthDate(), text(p.relation()), p.citizenId(), p.phone(), p == head ? "t" : "f",
						p.leftOn());
				memberRows++;
			}
			TreeSet<String> current = new TreeSet<>();
			int currentYear = classify(kinds, id, head, current);
			String sortKey = "\\x" + HexFormat.of().formatHex(VietnameseCollator.sortKey(head.name()));
			String address = "Số " + (1 + random.nextInt(200)) + ", " + STREETS[random.nextInt(STREETS.length)];
			csv(households, id, area.id(), area.path(), commune.id(),
					commune.provinceCode() != null ? commune.provinceCode() : provinceCode, text(address),
					text(head.name()), text(VietnameseText.fold(head.name())), head.birthYear(), sortKey,
					text(search.toString().strip()),
					current.isEmpty() ? null : text(CIRCUMSTANCES[random.nextInt(CIRCUMSTANCES.length)]),
					currentYear == 0 ? null : currentYear, text("{" + String.join(",", current) + "}"), BY);
		}

		/**
		 * Last year's and this year's classifications (about a tenth of households poor, near poor or newly out
		 * of poverty, moving between them from one year to the next, policy families and people with merit in
		 * both); a few of this year's were withdrawn at the review. Returns the latest year held.
		 */
		private int classify(StringBuilder kinds, long id, Person head, Set<String> current) {
			double r = random.nextDouble();
			Classification before = r < 0.04 ? Classification.POOR : r < 0.09 ? Classification.NEAR_POOR
					: r < 0.10 ? Classification.NEWLY_OUT_OF_POVERTY : null;
			double t = random.nextDouble();
			Classification now;
			if (before == Classification.POOR) {
				now = t < 0.6 ? Classification.POOR : t < 0.85 ? Classification.NEAR_POOR
						: Classification.NEWLY_OUT_OF_POVERTY;
			}
			else if (before == Classification.NEAR_POOR) {
				now = t < 0.6 ? Classification.NEAR_POOR : t < 0.7 ? Classification.POOR
						: t < 0.8 ? Classification.NEWLY_OUT_OF_POVERTY : null;
			}
			else if (before == Classification.NEWLY_OUT_OF_POVERTY) {
				now = t < 0.2 ? Classification.NEAR_POOR : null;
			}
			else {
				now = t < 0.01 ? Classification.POOR : t < 0.03 ? Classification.NEAR_POOR : null;
			}
			List<Classification> lastYear = new ArrayList<>();
			List<Classification> thisYear = new ArrayList<>();
			if (before != null) {
				lastYear.add(before);
			}
			if (now != null) {
				thisYear.add(now);
			}
			if (random.nextDouble() < 0.03) {
				lastYear.add(Classification.POLICY_FAMILY);
				thisYear.add(Classification.POLICY_FAMILY);
			}
			if (random.nextDouble() < 0.015) {
				lastYear.add(Classification.PERSON_WITH_MERIT);
				thisYear.add(Classification.PERSON_WITH_MERIT);
			}
			if (random.nextDouble() < 0.01) {
				(random.nextBoolean() ? lastYear : thisYear).add(Classification.SPECIAL_HARDSHIP);
			}
			if (head.woman() && head.birthYear() < 1950 && random.nextDouble() < 0.02) {
				lastYear.add(Classification.HEROIC_MOTHER);
				thisYear.add(Classification.HEROIC_MOTHER);
			}
			for (Classification kind : lastYear) {
				csv(kinds, id, year - 1, kind.name(), BY, null, null, null);
				classifications++;
			}
			for (Classification kind : thisYear) {
				csv(kinds, id, year, kind.name(), BY, null, null, null);
				classifications++;
			}
			if (before == Classification.POOR && now != Classification.POOR && random.nextDouble() < 0.2) {
				csv(kinds, id, year, Classification.POOR.name(), BY, BY, year + "-01-15 09:00:00+07",
						text("Đã thoát nghèo theo kết quả rà soát"));
				classifications++;
			}
			if (!thisYear.isEmpty()) {
				thisYear.forEach(k -> current.add(k.name()));
				return year;
			}
			if (!lastYear.isEmpty()) {
				lastYear.forEach(k -> current.add(k.name()));
				return year - 1;
			}
			return 0;
		}

		private String pick(String[] values, double[] weights) {
			double total = 0;
			for (double w : weights) {
				total += w;
			}
			double r = random.nextDouble() * total;
			for (int i = 0; i < values.length; i++) {
				r -= weights[i];
				if (r < 0) {
					return values[i];
				}
			}
			return values[values.length - 1];
		}

		/** Given names: a few very common, a long tail (weight 1 / (rank + 4)). */
		private String zipf(String[] values) {
			double total = 0;
			for (int i = 0; i < values.length; i++) {
				total += 1.0 / (i + 4);
			}
			double r = random.nextDouble() * total;
			for (int i = 0; i < values.length; i++) {
				r -= 1.0 / (i + 4);
				if (r < 0) {
					return values[i];
				}
			}
			return values[values.length - 1];
		}

		/** A quoted CSV field (so that "" is an empty text and an absent field is NULL). */
		private static Quoted text(String value) {
			return value == null ? null : new Quoted(value);
		}

		private record Quoted(String value) {
		}

		private static void csv(StringBuilder out, Object... fields) {
			for (int i = 0; i < fields.length; i++) {
				if (i > 0) {
					out.append(',');
				}
				Object field = fields[i];
				if (field instanceof Quoted quoted) {
					out.append('"').append(quoted.value().replace("\"", "\"\"")).append('"');
				}
				else if (field != null) {
					out.append(field);
				}
			}
			out.append('\n');
		}
	}

	// ------------------------------------------------------------------------------------------------
	// The measurement

	/** The statements one call sends, with the values bound to them, recorded from the real code. */
	record Captured(String sql, List<Binding> bindings) {
	}

	record Binding(Method method, Object[] args) {
	}

	/** A case: one call of the code, the same call as a signed-in user, and what the plain replay must return. */
	record Case(String name, Scope scope, Supplier<Object> repository, Supplier<Object> service,
			List<Captured> statements, long total, List<Long> firstIds) {
	}

	static final class Bench {

		private final ConfigurableApplicationContext context;
		private final DataSource dataSource;
		private final Synthetic registry;
		private final int warmup;
		private final int minRounds;
		private final int maxRounds;
		private final long budgetNanos;
		private long sink;

		Bench(ConfigurableApplicationContext context, DataSource dataSource, Synthetic registry, int warmup,
				int minRounds, int maxRounds, long budgetMs) {
			this.context = context;
			this.dataSource = dataSource;
			this.registry = registry;
			this.warmup = warmup;
			this.minRounds = minRounds;
			this.maxRounds = maxRounds;
			this.budgetNanos = budgetMs * 1_000_000L;
		}

		void run() throws Exception {
			HouseholdRepository households = context.getBean(HouseholdRepository.class);
			DuplicateFinder finder = context.getBean(DuplicateFinder.class);
			Registry service = context.getBean(Registry.class);
			Duplicates duplicates = context.getBean(Duplicates.class);
			Scope province = Scope.of(List.of(registry.province().path()));
			Scope commune = Scope.of(List.of(registry.commune().path()));
			PageRequest page = new PageRequest(0, PageRequest.DEFAULT_SIZE);
			int year = registry.year();

			List<Object[]> searches = List.of(
					new Object[] { "search \"nguyen thi\", province", province,
							new HouseholdFilter("nguyen thi", null, null, null, null) },
					new Object[] { "search \"Trần Văn Hùng\", province", province,
							new HouseholdFilter("Trần Văn Hùng", null, null, null, null) },
					new Object[] { "search 12-digit citizen ID, province", province,
							new HouseholdFilter(registry.sharedCitizenId(), null, null, null, null) },
					new Object[] { "poor in " + year + ", province", province,
							new HouseholdFilter(null, null, Classification.POOR, year, null) },
					new Object[] { "near poor now, province", province,
							new HouseholdFilter(null, null, Classification.NEAR_POOR, null, null) },
					new Object[] { "whole commune by name, commune", commune,
							new HouseholdFilter(null, null, null, null, null) });

			String only = System.getProperty("bench.cases", "").strip();
			List<String> wanted = Arrays.stream(only.split("\\|")).map(String::strip).filter(w -> !w.isEmpty()).toList();
			java.util.function.Predicate<String> selected = name -> wanted.isEmpty()
					|| wanted.stream().anyMatch(name::contains);
			List<Case> cases = new ArrayList<>();
			for (Object[] s : searches) {
				String name = (String) s[0];
				if (!selected.test(name)) {
					continue;
				}
				Scope scope = (Scope) s[1];
				HouseholdFilter filter = (HouseholdFilter) s[2];
				Recorder recorder = new Recorder(dataSource);
				var real = households.search(filter, scope, page);
				new HouseholdRepository(JdbcClient.create(recorder.dataSource())).search(filter, scope, page);
				cases.add(new Case(name, scope, () -> households.search(filter, scope, page),
						() -> service.search(filter, page), recorder.statements, real.total(),
						real.items().stream().map(HouseholdRepository.Row::id).toList()));
			}
			for (Object[] d : List.of(new Object[] { "duplicate report, commune", commune },
					new Object[] { "duplicate report, province", province })) {
				String name = (String) d[0];
				Scope scope = (Scope) d[1];
				if (!selected.test(name)) {
					continue;
				}
				Recorder recorder = new Recorder(dataSource);
				var real = finder.report(scope, null, page);
				new DuplicateFinder(JdbcClient.create(recorder.dataSource())).report(scope, null, page);
				cases.add(new Case(name, scope, () -> finder.report(scope, null, page),
						() -> duplicates.report(null, page), recorder.statements, real.total(),
						real.items().stream().map(DuplicateFinder.Pair::first).toList()));
			}

			System.out.printf(Locale.ROOT, "%nPostgreSQL %s, %d CPUs, JVM %s; page size %d; warm-up %d rounds (1 for slow cases), then %d–%d"
					+ " rounds per case within ~%d s; variants interleaved in a rotating order each round%n",
					single("show server_version"), Runtime.getRuntime().availableProcessors(),
					System.getProperty("java.version"), page.size(), warmup, minRounds, maxRounds, budgetNanos / 1_000_000_000L);

			List<String[]> table = new ArrayList<>();
			for (Case c : cases) {
				verify(c);
				if (Boolean.getBoolean("bench.explain")) {
					explain(c);
				}
				table.add(measure(c));
			}
			System.out.println();
			System.out.println("| case | rows found | rounds | plain SQL p50 / p95 (ms) | repository p50 / p95 (ms)"
					+ " | repository ÷ plain p50 / p95 | service p50 / p95 (ms) | service ÷ plain p50 / p95 |");
			System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|");
			for (String[] row : table) {
				System.out.println("| " + String.join(" | ", row) + " |");
			}
			System.out.println("(checksum " + sink + ")");
		}

		/**
		 * The replayed statements return what the code returned: the ids of the first page (the first column of
		 * the last statement) and the total (a count statement before it, or a column named "total" in it).
		 */
		private void verify(Case c) throws Exception {
			List<Result> results = plain(c.statements());
			Result page = results.get(results.size() - 1);
			long count = results.size() > 1 ? ((Number) results.get(0).first().get(0)).longValue() : page.total();
			List<Long> ids = page.first().stream().map(v -> ((Number) v).longValue()).toList();
			if (count != c.total() || !ids.equals(c.firstIds())) {
				throw new IllegalStateException(c.name() + ": the plain SQL returned " + count + " " + ids
						+ " but the code " + c.total() + " " + c.firstIds());
			}
			if (c.total() == 0) {
				throw new IllegalStateException(c.name() + ": found nothing; the data set does not exercise it");
			}
		}

		/** What a replayed statement returned: its first column, and its "total" column if it has one (else -1). */
		record Result(List<Object> first, long total) {
		}

		private String[] measure(Case c) throws Exception {
			MattranUser officer = new MattranUser(1, "bench", null, "Bench", null, null, Role.OFFICER, c.scope(), true,
					false);
			List<Variant> variants = List.of(new Variant("plain", () -> sink += plain(c.statements()).size()),
					new Variant("repository", () -> sink += c.repository().get().hashCode()),
					new Variant("service", () -> sink += SystemUser.as(officer, c.service()).hashCode()));
			long round = 0;
			for (int w = 0; w < warmup; w++) {
				long roundStart = System.nanoTime();
				for (Variant v : variants) {
					v.action().run();
				}
				round = Math.max(1, System.nanoTime() - roundStart);
				if (round * minRounds > budgetNanos) {
					break; // a heavy case: one warm-up round is enough, the budget goes to the measured rounds
				}
			}
			round = warmup == 0 ? Long.MAX_VALUE : round;
			int rounds = (int) Math.max(minRounds, Math.min(maxRounds, budgetNanos / round));
			long[][] samples = new long[variants.size()][rounds];
			for (int r = 0; r < rounds; r++) {
				for (int k = 0; k < variants.size(); k++) {
					int v = (r + k) % variants.size();
					long t = System.nanoTime();
					variants.get(v).action().run();
					samples[v][r] = System.nanoTime() - t;
				}
			}
			double[] p50 = new double[variants.size()];
			double[] p95 = new double[variants.size()];
			for (int v = 0; v < variants.size(); v++) {
				long[] s = samples[v].clone();
				Arrays.sort(s);
				p50[v] = median(s) / 1e6;
				p95[v] = s[(int) Math.ceil(0.95 * s.length) - 1] / 1e6;
			}
			String[] row = { c.name(), String.format(Locale.ROOT, "%,d", c.total()), String.valueOf(rounds),
					ms(p50[0]) + " / " + ms(p95[0]), ms(p50[1]) + " / " + ms(p95[1]),
					ratio(p50[1] / p50[0]) + " / " + ratio(p95[1] / p95[0]), ms(p50[2]) + " / " + ms(p95[2]),
					ratio(p50[2] / p50[0]) + " / " + ratio(p95[2] / p95[0]) };
			System.out.println("  " + String.join("  ", row));
			return row;
		}

		private static double median(long[] sorted) {
			int n = sorted.length;
			return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
		}

		private static String ms(double value) {
			return String.format(Locale.ROOT, value < 10 ? "%.2f" : value < 100 ? "%.1f" : "%.0f", value);
		}

		private static String ratio(double value) {
			return String.format(Locale.ROOT, "%.2f×", value);
		}

		/** The captured statements over one pooled connection, every column of every row read. */
		private List<Result> plain(List<Captured> statements) throws Exception {
			if (statements.isEmpty()) {
				throw new IllegalStateException("The code sent no statement");
			}
			List<Result> results = new ArrayList<>(statements.size());
			try (Connection connection = dataSource.getConnection()) {
				for (Captured captured : statements) {
					List<Object> first = new ArrayList<>();
					long total = -1;
					try (PreparedStatement statement = connection.prepareStatement(captured.sql())) {
						for (Binding binding : captured.bindings()) {
							binding.method().invoke(statement, binding.args());
						}
						try (ResultSet rs = statement.executeQuery()) {
							var meta = rs.getMetaData();
							int columns = meta.getColumnCount();
							int totalColumn = 0;
							for (int i = 1; i <= columns; i++) {
								if ("total".equals(meta.getColumnLabel(i))) {
									totalColumn = i;
								}
							}
							while (rs.next()) {
								first.add(rs.getObject(1));
								for (int i = 2; i <= columns; i++) {
									Object value = rs.getObject(i);
									if (value instanceof java.sql.Array array) {
										value = array.getArray();
									}
									if (i == totalColumn) {
										total = ((Number) value).longValue();
									}
									sink += value == null ? 0 : 1;
								}
							}
						}
					}
					results.add(new Result(first, total));
				}
			}
			return results;
		}

		/**
		 * With -Dbench.explain=true: PostgreSQL's plan of each captured statement with its bound values, run, as
		 * a first execution gets it (a custom plan), and as a pooled connection may get it later: pgjdbc prepares
		 * a statement on the server at its 5th execution, and PostgreSQL may then switch to a generic plan.
		 */
		private void explain(Case c) throws Exception {
			try (Connection connection = dataSource.getConnection()) {
				for (Captured captured : c.statements()) {
					System.out.println("-- " + c.name() + ": custom plan");
					try (PreparedStatement statement = connection
						.prepareStatement("explain (analyze, buffers) " + captured.sql())) {
						for (Binding binding : captured.bindings()) {
							binding.method().invoke(statement, binding.args());
						}
						print(statement);
					}
					System.out.println("-- " + c.name() + ": generic plan");
					int[] n = { 0 };
					String numbered = java.util.regex.Pattern.compile("\\?").matcher(captured.sql())
						.replaceAll(m -> "\\$" + (++n[0]));
					try (Statement statement = connection.createStatement()) {
						List<String> types = captured.bindings().stream().map(HouseholdBench.Bench::sqlType).toList();
						statement.execute("prepare bench_plan (" + String.join(", ", types) + ") as " + numbered);
						statement.execute("set plan_cache_mode = force_generic_plan");
						String arguments = captured.bindings().stream().map(b -> b.args()[1])
							.map(v -> v instanceof Number ? v.toString() : "'" + String.valueOf(v).replace("'", "''") + "'")
							.collect(java.util.stream.Collectors.joining(", "));
						print(statement, "explain (analyze, buffers) execute bench_plan(" + arguments + ")");
					}
					catch (java.sql.SQLException e) {
						System.out.println("(no generic plan: " + e.getMessage() + ")");
					}
					finally {
						try (Statement statement = connection.createStatement()) {
							statement.execute("reset plan_cache_mode");
							boolean prepared;
							try (ResultSet rs = statement
								.executeQuery("select exists (select 1 from pg_prepared_statements where name = 'bench_plan')")) {
								prepared = rs.next() && rs.getBoolean(1);
							}
							if (prepared) {
								statement.execute("deallocate bench_plan");
							}
						}
					}
				}
			}
		}

		/** The SQL type of a bound value, for PREPARE: what pgjdbc would send it as. */
		static String sqlType(Binding binding) {
			Object value = binding.args()[1];
			return switch (binding.method().getName()) {
				case "setInt" -> "int";
				case "setLong" -> "bigint";
				case "setString" -> "text";
				default -> value instanceof Integer ? "int" : value instanceof Long ? "bigint"
						: value instanceof Boolean ? "boolean" : "text";
			};
		}

		private static void print(PreparedStatement statement) throws Exception {
			try (ResultSet rs = statement.executeQuery()) {
				while (rs.next()) {
					System.out.println(rs.getString(1));
				}
			}
		}

		private static void print(Statement statement, String sql) throws Exception {
			try (ResultSet rs = statement.executeQuery(sql)) {
				while (rs.next()) {
					System.out.println(rs.getString(1));
				}
			}
		}

		private String single(String sql) throws Exception {
			try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
					ResultSet rs = statement.executeQuery(sql)) {
				rs.next();
				return rs.getString(1);
			}
		}

		private record Variant(String name, Action action) {
		}

		@FunctionalInterface
		private interface Action {
			void run() throws Exception;
		}
	}

	/**
	 * A data source over the real one that records every statement prepared through it and every value bound
	 * to it ({@code set*} calls), so the plain run sends exactly what the code sent.
	 */
	static final class Recorder {

		private final DataSource target;
		final List<Captured> statements = new ArrayList<>();

		Recorder(DataSource target) {
			this.target = target;
		}

		DataSource dataSource() {
			return proxy(DataSource.class, (proxy, method, args) -> {
				Object result = call(target, method, args);
				return result instanceof Connection connection ? connection(connection) : result;
			});
		}

		private Connection connection(Connection connection) {
			return proxy(Connection.class, (proxy, method, args) -> {
				Object result = call(connection, method, args);
				if (method.getName().equals("prepareStatement") && result instanceof PreparedStatement statement) {
					List<Binding> bindings = new ArrayList<>();
					statements.add(new Captured((String) args[0], bindings));
					return statement(statement, bindings);
				}
				if (result instanceof Statement) {
					throw new IllegalStateException("The code ran a statement the recorder does not capture: " + method);
				}
				return result;
			});
		}

		private PreparedStatement statement(PreparedStatement statement, List<Binding> bindings) {
			return proxy(PreparedStatement.class, (proxy, method, args) -> {
				if (method.getName().startsWith("set") && args != null && args.length >= 2 && args[0] instanceof Integer) {
					bindings.add(new Binding(method, args.clone()));
				}
				return call(statement, method, args);
			});
		}

		private static Object call(Object target, Method method, Object[] args) throws Throwable {
			try {
				return method.invoke(target, args);
			}
			catch (InvocationTargetException e) {
				throw e.getCause();
			}
		}

		@SuppressWarnings("unchecked")
		private static <T> T proxy(Class<T> type, InvocationHandler handler) {
			return (T) Proxy.newProxyInstance(HouseholdBench.class.getClassLoader(), new Class<?>[] { type }, handler);
		}
	}
}
