package vn.mattran.households.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.mattran.households.Classification;
import vn.mattran.households.Household;
import vn.mattran.households.Member;
import vn.mattran.households.SupportDraft;
import vn.mattran.households.SupportKind;
import vn.mattran.organization.Organization;
import vn.mattran.organization.Unit;
import vn.mattran.shared.data.Datasets;
import vn.mattran.shared.security.SystemUser;

/**
 * Fictitious households for the nine residential groups of Phường Lê Đại Hành, so that seed 003's
 * peak month (17/10–18/11/2024) has someone to help: every classification, their 2023 list, the
 * ward's 2024 review that moved some in and out of poverty, support from the Red Cross, member
 * organisations and businesses (one Tết gift given twice), open and met needs, and two pairs the
 * duplicate report finds. Names are common ones; ID numbers (001…000nnn) and phones (0900 000 nnn)
 * are made up.
 */
@Component
@Order(40)
class DemoHouseholds implements ApplicationRunner {

	static final String DATASET = "demo-households";
	private static final Logger log = LoggerFactory.getLogger(DemoHouseholds.class);
	private static final LocalDate WARD_DAY = LocalDate.of(2024, 10, 17);
	private static final String[] FAMILY = { "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô" };
	private static final String[] MALE = { "Văn Hùng", "Văn Nam", "Đức Thắng", "Quang Minh", "Văn Toàn", "Mạnh Hà",
			"Xuân Trường", "Văn Bình", "Hữu Nghĩa", "Công Thành" };
	private static final String[] FEMALE = { "Thị Lan", "Thị Hoa", "Thị Hằng", "Thu Trang", "Thị Mai", "Thị Hương",
			"Thị Nga", "Thị Thủy", "Ngọc Anh", "Thị Tuyết" };
	private static final String[] STREETS = { "phố Lê Đại Hành", "phố Lê Đại Hành", "ngõ Vân Hồ 3", "phố Bùi Thị Xuân",
			"ngõ Quỳnh", "phố Nguyễn Công Trứ" };
	private static final String[] CIRCUMSTANCES = {
			"Chủ hộ ốm đau thường xuyên, không có việc làm ổn định.",
			"Nhà xuống cấp, mái dột; hai con đang đi học.",
			"Người cao tuổi sống một mình, không có lương hưu.",
			"Có người khuyết tật cần chăm sóc; thu nhập thấp.",
			"Thiếu vốn sản xuất, buôn bán nhỏ tại chợ.",
			"Thân nhân liệt sĩ, hoàn cảnh khó khăn.", };
	private static final String[][] NEEDS = { { "Sửa nhà, chống dột" }, { "Vốn sản xuất" }, { "Học bổng cho con" },
			{ "Khám chữa bệnh" }, {} };

	private final Registry registry;
	private final Reviews reviews;
	private final Supports supports;
	private final SupportRepository needs;
	private final Organization organization;
	private final Datasets datasets;
	private final TransactionTemplate transaction;
	private final boolean demo;
	private int people;

	DemoHouseholds(Registry registry, Reviews reviews, Supports supports, SupportRepository needs,
			Organization organization, Datasets datasets, TransactionTemplate transaction,
			@Value("${mattran.setup.demo:true}") boolean demo) {
		this.registry = registry;
		this.reviews = reviews;
		this.supports = supports;
		this.needs = needs;
		this.organization = organization;
		this.datasets = datasets;
		this.transaction = transaction;
		this.demo = demo;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (demo) {
			SystemUser.run(() -> transaction.executeWithoutResult(status -> datasets.loadOnce(DATASET, this::load)));
		}
	}

	private int load() {
		Unit ward = organization.unitByCode("00256", WARD_DAY).orElse(null);
		if (ward == null) {
			return 0;
		}
		List<Unit> groups = organization.children(ward.id(), WARD_DAY);
		Random random = new Random(2024);
		List<Household> made = new ArrayList<>();
		Classification[] cycle = { Classification.POOR, Classification.NEAR_POOR, Classification.POOR,
				Classification.SPECIAL_HARDSHIP, Classification.NEAR_POOR, Classification.POLICY_FAMILY,
				Classification.PERSON_WITH_MERIT, Classification.HEROIC_MOTHER, Classification.NEWLY_OUT_OF_POVERTY,
				Classification.OTHER };
		int n = 0;
		for (Unit group : groups) {
			for (int i = 0; i < 6; i++, n++) {
				Classification kind = cycle[n % cycle.length];
				made.add(household(group, n, kind, random));
			}
		}
		duplicates(groups, made, random);
		review(ward, groups, made);
		support(made);
		log.info("Demo households loaded: {} households in the {} groups of {}", made.size() + 2, groups.size(),
				ward.name());
		return made.size();
	}

	private Household household(Unit group, int n, Classification kind, Random random) {
		boolean womanHead = kind == Classification.HEROIC_MOTHER || n % 3 == 1;
		int headYear = kind == Classification.HEROIC_MOTHER ? 1930 + n % 8 : 1950 + random.nextInt(40);
		String family = FAMILY[(n * 3 + n / FAMILY.length) % FAMILY.length];
		List<Member> members = new ArrayList<>();
		members.add(person(family, womanHead, n, headYear, Member.HEAD, true));
		int size = kind == Classification.HEROIC_MOTHER ? 1 : 1 + random.nextInt(4);
		if (size > 1) {
			members.add(person(FAMILY[(n + 3) % FAMILY.length], !womanHead, n + 7, headYear + random.nextInt(5) - 2,
					womanHead ? "Chồng" : "Vợ", false));
		}
		for (int c = 2; c < size; c++) {
			members.add(person(family, random.nextBoolean(), n + 11 * c, headYear + 22 + random.nextInt(10), "Con",
					false));
		}
		Set<Classification> kinds = EnumSet.of(kind);
		if (kind == Classification.POOR && n % 4 == 0) {
			kinds.add(Classification.POLICY_FAMILY);
		}
		String address = "Số " + (3 + random.nextInt(120)) + ", " + STREETS[n % STREETS.length];
		Household made = registry.create(new HouseholdDraft(group.id(), address, CIRCUMSTANCES[n % CIRCUMSTANCES.length],
				members, 2023, kinds, List.of()), true);
		for (String need : NEEDS[n % NEEDS.length]) {
			needs.insertNeed(made.id(), SupportKind.guess(need), need, LocalDate.of(2023, 12, 15), SystemUser.NAME);
		}
		return made;
	}

	private Member person(String family, boolean woman, int n, int year, String relation, boolean head) {
		int pick = (n * 7 + n / FEMALE.length) % FEMALE.length;
		String given = woman ? FEMALE[pick] : MALE[pick];
		String id = "001" + (woman ? "1" : "0") + String.format("%02d", year % 100) + "000"
				+ String.format("%03d", ++people);
		String phone = head ? "0900000" + String.format("%03d", n) : null;
		return new Member(null, family + " " + given, woman ? "F" : "M", year, null, relation,
				year < 2008 ? id : null, phone, head, null);
	}

	/** A household entered twice in one group, and a son listed in his parents' and his own household. */
	private void duplicates(List<Unit> groups, List<Household> made, Random random) {
		Household first = made.get(0);
		Member head = first.members().get(0);
		registry.create(new HouseholdDraft(first.unitId(), "Ngõ 2 " + STREETS[0], null,
				List.of(new Member(null, head.fullName(), head.sex(), head.birthYear(), null, Member.HEAD, null, null,
						true, null)),
				2023, Set.of(Classification.POOR), List.of()), true);
		Household parents = made.stream().filter(h -> h.members().size() >= 3).findFirst().orElse(made.get(1));
		Member son = parents.members().get(2);
		registry.create(new HouseholdDraft(groups.get(groups.size() - 1).id(), "Số 40, " + STREETS[2], null,
				List.of(new Member(null, son.fullName(), son.sex(), son.birthYear(), null, Member.HEAD, null, null, true,
						null)),
				2023, Set.of(Classification.NEAR_POOR), List.of()), true);
	}

	/** The ward's 2024 review: most kept, a few out of poverty, one fell into it; every group done, closed. */
	private void review(Unit ward, List<Unit> groups, List<Household> made) {
		long id = reviews.open(ward.id(), 2024).id();
		for (int i = 0; i < made.size(); i++) {
			Household h = made.get(i);
			Set<Classification> kinds = EnumSet.copyOf(h.currentKinds());
			if (i % 9 == 2 && kinds.remove(Classification.POOR)) {
				kinds.add(Classification.NEWLY_OUT_OF_POVERTY);
			}
			else if (i % 11 == 4 && kinds.remove(Classification.NEAR_POOR)) {
				kinds.add(Classification.POOR);
			}
			else if (i % 10 == 8) {
				kinds.clear();
				kinds.add(Classification.NEAR_POOR);
			}
			reviews.decide(id, h.id(), kinds);
		}
		for (Unit group : groups) {
			reviews.confirmRest(id, group.id());
			reviews.markAreaDone(id, group.id());
		}
		reviews.close(id);
	}

	/** The peak month's support from others than the fund; one Tết gift reached a household twice. */
	private void support(List<Household> made) {
		String[] givers = { "Hội Chữ thập đỏ phường Lê Đại Hành", "Hội Liên hiệp Phụ nữ phường",
				"Công ty TNHH Thương mại Vân Hồ", "Đoàn Thanh niên phường", "Hội Cựu chiến binh phường" };
		for (int i = 0; i < made.size(); i += 3) {
			Household h = made.get(i);
			LocalDate on = LocalDate.of(2024, 10, 20).plusDays(i % 25);
			SupportKind kind = i % 2 == 0 ? SupportKind.TET_GIFT : SupportKind.GRAVE_ILLNESS;
			supports.record(new SupportDraft(h.id(), kind, 500_000L + 100_000L * (i % 5), i % 2 == 0 ? "10 kg gạo" : null,
					on, givers[i % givers.length], false, null, null));
		}
		Household twice = made.get(0);
		supports.record(new SupportDraft(twice.id(), SupportKind.TET_GIFT, 300_000L, null, LocalDate.of(2024, 11, 5),
				"Hội Liên hiệp Phụ nữ phường", false, null, null));
		for (Household h : made) {
			registry.needs(h.id()).stream().filter(need -> need.kind() == SupportKind.HOUSE_REPAIR).findFirst()
				.ifPresent(need -> supports.record(new SupportDraft(h.id(), SupportKind.HOUSE_REPAIR, 5_000_000L, null,
						LocalDate.of(2024, 11, 10), "Công ty TNHH Thương mại Vân Hồ", false, null, need.id())));
		}
	}
}
