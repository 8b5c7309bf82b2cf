package vn.mattran.organization.internal.demo;

import static vn.mattran.organization.BodyKind.AGENCY;
import static vn.mattran.organization.BodyKind.DEPARTMENT;
import static vn.mattran.organization.BodyKind.FUND_BOARD;
import static vn.mattran.organization.BodyKind.MEMBER_ORGANIZATION;
import static vn.mattran.organization.BodyKind.WORKING_GROUP;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.mattran.organization.Body;
import vn.mattran.organization.Person;
import vn.mattran.organization.Unit;
import vn.mattran.organization.UnitLevel;
import vn.mattran.organization.internal.accounts.Passwords;
import vn.mattran.organization.internal.accounts.UserAccounts;
import vn.mattran.organization.internal.bodies.BodyService;
import vn.mattran.organization.internal.bodies.PersonService;
import vn.mattran.organization.internal.units.UnitHistory;
import vn.mattran.organization.internal.units.UnitService;
import vn.mattran.shared.data.Datasets;
import vn.mattran.shared.security.Role;
import vn.mattran.shared.web.PageRequest;

/**
 * The units, bodies and people the five seed documents name, attached to the official units of
 * their time, and one demo user per role. Names of real signers are those the documents print;
 * the few extra people are labelled as illustrations.
 */
@Component
public class DemoOrganization {

	public static final String DATASET = "demo-organization";
	/** Demo user names by role, for the README and the tests. */
	public static final Map<String, Role> USERS = Map.of("kontum", Role.UNIT_ADMIN, "anlao", Role.OFFICER,
			"ledaihanh", Role.OFFICER, "phunu.ledaihanh", Role.MEMBER_ORG_OFFICER, "tanbien", Role.VIEWER);
	private static final LocalDate Y2021 = LocalDate.of(2021, 1, 1);
	private static final LocalDate Y2023 = LocalDate.of(2023, 8, 1);
	private static final LocalDate Y2024 = LocalDate.of(2024, 10, 17);
	private static final LocalDate NEW_ERA = LocalDate.of(2025, 7, 1);
	private static final Logger log = LoggerFactory.getLogger(DemoOrganization.class);

	private final DemoBuilder build;
	private final UserAccounts users;
	private final UnitService units;
	private final Datasets datasets;

	DemoOrganization(UnitService units, UnitHistory history, BodyService bodies, PersonService people,
			UserAccounts users, Datasets datasets) {
		this.build = new DemoBuilder(units, history, bodies, people);
		this.users = users;
		this.units = units;
		this.datasets = datasets;
	}

	@Transactional
	public void loadIfMissing(String configuredPassword) {
		datasets.loadOnce(DATASET, () -> load(configuredPassword));
	}

	private int load(String configuredPassword) {
		Map<String, Long> homes = new LinkedHashMap<>();
		homes.putAll(kheTre());
		homes.putAll(konTum());
		homes.putAll(anLao());
		homes.putAll(leDaiHanh());
		homes.putAll(tanBien());
		createUsers(homes, configuredPassword);
		return homes.size();
	}

	/** Seed 000: Khe Tre town, in Nam Đông district of (then) Thừa Thiên Huế until Nam Đông joined Phú Lộc on 1/1/2025. */
	private Map<String, Long> kheTre() {
		Unit hue = build.unit("46", Y2021);
		build.period(hue, null, hue.validTo(), "Tỉnh Thừa Thiên Huế đến 31/12/2024; thành phố trực thuộc Trung ương từ 01/01/2025.");
		Unit kheTre2025 = build.unit("20161", LocalDate.of(2025, 3, 1));
		build.period(kheTre2025, LocalDate.of(2025, 1, 1), kheTre2025.validTo(), null);
		Unit namDong = build.child(hue, UnitLevel.DISTRICT, "Huyện Nam Đông", "483", LocalDate.of(2024, 12, 31),
				"Nhập vào huyện Phú Lộc từ 01/01/2025.");
		Unit kheTre = build.child(namDong, UnitLevel.COMMUNE, "Thị trấn Khe Tre", "20161", null, null);
		build.succeededBy(namDong, build.unit("482", LocalDate.of(2025, 3, 1)));
		build.succeededBy(kheTre, kheTre2025);
		build.committee(namDong, "huyện Nam Đông");
		build.committee(kheTre, "thị trấn Khe Tre");
		return Map.of();
	}

	/** Seed 001: Kon Tum's standing board and departments, and the ten model sites' villages. */
	private Map<String, Long> konTum() {
		Unit konTum = build.unit("62", Y2023);
		DemoBuilder.Committee province = build.committee(konTum, "tỉnh Kon Tum");
		for (String[] department : new String[][] { { "Ban Phong trào", "BPT" }, { "Văn phòng", "VP" },
				{ "Ban Tổ chức – Tuyên giáo", "BTC-TG" }, { "Ban Dân chủ – Pháp luật", "BDC-PL" } }) {
			build.body(konTum, province.committee(), DEPARTMENT, department[0], department[1]);
		}
		for (String[] district : new String[][] { { "608", "thành phố Kon Tum" }, { "610", "huyện Đăk Glei" },
				{ "611", "huyện Ngọc Hồi" }, { "612", "huyện Đăk Tô" }, { "613", "huyện Kon Plông" },
				{ "614", "huyện Kon Rẫy" }, { "615", "huyện Đăk Hà" }, { "616", "huyện Sa Thầy" },
				{ "617", "huyện Tu Mơ Rông" }, { "618", "huyện Ia H’Drai" } }) {
			build.committee(build.unit(district[0], Y2023), district[1]);
		}
		Unit dakLong = build.child(build.unit("613", Y2023), UnitLevel.COMMUNE, "Xã Đắk Long", null,
				LocalDate.of(2025, 2, 28),
				"Xã của huyện Kon Plông nêu trong kế hoạch năm 2023; không còn trong danh mục ngày 01/03/2025.");
		Map<String, String> sites = new LinkedHashMap<>();
		sites.put("23353", "Thôn PengSaPeng");
		sites.put("23392", "Thôn Hòa Bình");
		sites.put("23431", "Thôn Măng Rương");
		sites.put("23446", "Thôn Đăk Viên");
		sites.put("23500", "Tổ dân phố 9");
		sites.put("23534", "Thôn Tân Sang");
		sites.put("23537", "Thôn 1");
		sites.put("23497", "Thôn 2");
		sites.put("23281", "Thôn Plei Đôn");
		sites.forEach((code, village) -> modelSite(build.unit(code, Y2023), village));
		modelSite(dakLong, "Thôn KonPring");
		Person lan = build.person(konTum, "Nguyễn Thị Lan", "FEMALE");
		build.holds(lan, province.committee(), "Phó Chủ tịch");
		build.succeededBy(konTum, build.unit("51", NEW_ERA));
		return Map.of("kontum", konTum.id(), "person:kontum", lan.id());
	}

	private void modelSite(Unit commune, String villageName) {
		build.committee(commune, lowerFirst(commune.name()));
		Unit village = build.village(commune, villageName);
		build.body(village, null, WORKING_GROUP, "Ban công tác Mặt trận " + lowerFirst(villageName), "BCTMT");
	}

	/** Seed 002: An Lão district of Hải Phòng, its committee, fund board, agencies and member organisations. */
	private Map<String, Long> anLao() {
		build.committee(build.unit("31", Y2023), "thành phố Hải Phòng");
		Unit anLao = build.unit("313", Y2023);
		DemoBuilder.Committee district = build.committee(anLao, "huyện An Lão");
		build.body(anLao, district.committee(), DEPARTMENT, "Ban Phong trào", "BPT");
		build.body(anLao, district.committee(), FUND_BOARD, "Ban vận động Quỹ “Vì người nghèo” huyện An Lão", "BVĐ");
		build.body(anLao, null, AGENCY, "Ủy ban nhân dân huyện An Lão", "UBND");
		build.body(anLao, null, AGENCY, "Trung tâm Văn hóa, Thông tin và Thể thao huyện An Lão", "TTVHTT&TT");
		memberOrganisations(anLao, district.committee(), "huyện An Lão");
		for (Unit commune : units.children(anLao, Y2023, new PageRequest(0, 100)).items()) {
			build.committee(commune, lowerFirst(commune.name()));
		}
		Person nhung = build.person(anLao, "Nguyễn Thị Nhung", "FEMALE");
		build.holds(nhung, district.committee(), "Chủ tịch");
		return Map.of("anlao", anLao.id(), "person:anlao", nhung.id());
	}

	/** Seed 003: Lê Đại Hành ward, its fund board and the working groups of its 9 residential groups. */
	private Map<String, Long> leDaiHanh() {
		build.committee(build.unit("007", Y2024), "quận Hai Bà Trưng");
		Unit ward = build.unit("00256", Y2024);
		DemoBuilder.Committee committee = build.committee(ward, "phường Lê Đại Hành");
		build.body(ward, committee.committee(), FUND_BOARD, "Ban vận động Quỹ “Vì người nghèo” phường Lê Đại Hành", "BVĐ");
		build.body(ward, null, AGENCY, "Ủy ban nhân dân phường Lê Đại Hành", "UBND");
		Body women = memberOrganisations(ward, committee.committee(), "phường Lê Đại Hành");
		for (int group = 1; group <= 9; group++) {
			Unit area = build.village(ward, "Tổ dân phố số " + group);
			build.body(area, null, WORKING_GROUP, "Ban công tác Mặt trận tổ dân phố số " + group, "BCTMT");
		}
		Person tuan = build.person(ward, "Trần Thanh Tuấn", "MALE");
		build.holds(tuan, committee.committee(), "Chủ tịch");
		Person womenOfficer = build.person(ward, "Cán bộ Hội LHPN phường (minh họa)", "FEMALE");
		build.holds(womenOfficer, women, "Cán bộ");
		build.succeededBy(ward, build.unit("00256", NEW_ERA));
		return Map.of("ledaihanh", ward.id(), "person:ledaihanh", tuan.id(), "phunu.ledaihanh", ward.id(),
				"person:phunu.ledaihanh", womenOfficer.id());
	}

	/** Seed 004: Tân Biên district's People's Committee and the agencies its dispatch 1840/UBND-VP names. */
	private Map<String, Long> tanBien() {
		Unit tanBien = build.unit("705", Y2024);
		build.committee(tanBien, "huyện Tân Biên");
		Body peoplesCommittee = build.body(tanBien, null, AGENCY, "Ủy ban nhân dân huyện Tân Biên", "UBND");
		for (String[] office : new String[][] { { "Văn phòng HĐND và UBND huyện", "VP" },
				{ "Phòng Giáo dục và Đào tạo", "PGDĐT" }, { "Phòng Văn hóa và Thông tin", "PVHTT" },
				{ "Phòng Tư pháp", "PTP" }, { "Phòng Lao động - Thương binh và Xã hội", "PLĐTBXH" },
				{ "Phòng Nông nghiệp và Phát triển nông thôn", "PNNPTNT" }, { "Phòng Nội vụ", "PNV" },
				{ "Trung tâm Văn hóa, Thể thao và Truyền thanh huyện", "TTVHTTTT" } }) {
			build.body(tanBien, peoplesCommittee, AGENCY, office[0], office[1]);
		}
		build.body(tanBien, null, MEMBER_ORGANIZATION, "Hội Chữ thập đỏ huyện Tân Biên", "Hội CTĐ");
		for (Unit commune : units.children(tanBien, Y2024, new PageRequest(0, 100)).items()) {
			build.body(commune, null, AGENCY, "Ủy ban nhân dân " + lowerFirst(commune.name()), "UBND");
		}
		Person thanh = build.person(tanBien, "Nguyễn Thị Thành", "FEMALE");
		build.holds(thanh, peoplesCommittee, "Chủ tịch");
		return Map.of("tanbien", tanBien.id(), "person:tanbien", thanh.id());
	}

	private Body memberOrganisations(Unit unit, Body committee, String where) {
		Body women = build.body(unit, committee, MEMBER_ORGANIZATION, "Hội Liên hiệp Phụ nữ " + where, "Hội LHPN");
		build.body(unit, committee, MEMBER_ORGANIZATION, "Đoàn Thanh niên Cộng sản Hồ Chí Minh " + where, "Đoàn TN");
		build.body(unit, committee, MEMBER_ORGANIZATION, "Hội Cựu chiến binh " + where, "Hội CCB");
		if (unit.level() == UnitLevel.DISTRICT) {
			build.body(unit, committee, MEMBER_ORGANIZATION, "Hội Nông dân " + where, "Hội ND");
			build.body(unit, committee, MEMBER_ORGANIZATION, "Liên đoàn Lao động " + where, "LĐLĐ");
		}
		return women;
	}

	private void createUsers(Map<String, Long> homes, String configuredPassword) {
		boolean configured = configuredPassword != null && !configuredPassword.isBlank();
		String password = configured ? configuredPassword : Passwords.generate();
		USERS.forEach((username, role) -> users.createInitial(username, password, role, homes.get(username),
				homes.get("person:" + username), false));
		if (!configured) {
			System.out.println("""

					  mattran demo: người dùng thử / demo users: %s
					    Mật khẩu chung / shared password: %s   (MATTRAN_DEMO_PASSWORD đặt trước được)
					""".formatted(String.join(", ", USERS.keySet().stream().sorted().toList()), password));
		}
		log.info("Demo data loaded: units, bodies and people of the seeds, and {} demo users", USERS.size());
	}

	private static String lowerFirst(String text) {
		return Character.toLowerCase(text.charAt(0)) + text.substring(1);
	}
}
