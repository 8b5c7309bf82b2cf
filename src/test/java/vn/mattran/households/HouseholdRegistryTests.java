package vn.mattran.households;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.mattran.IntegrationTest;
import vn.mattran.SeedFixture;
import vn.mattran.households.internal.Duplicates;
import vn.mattran.households.internal.HouseholdDraft;
import vn.mattran.households.internal.HouseholdFilter;
import vn.mattran.households.internal.Registry;
import vn.mattran.households.internal.Reviews;
import vn.mattran.households.internal.Supports;
import vn.mattran.organization.Organization;
import vn.mattran.organization.Unit;
import vn.mattran.organization.internal.accounts.UserAccounts;
import vn.mattran.shared.error.InvalidInput;
import vn.mattran.shared.error.UserFacingException;
import vn.mattran.shared.security.MattranUser;
import vn.mattran.shared.security.Role;
import vn.mattran.shared.security.SystemUser;
import vn.mattran.shared.web.PageRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The registry with real users of two communes of An Lão: what each may see, duplicates on entry
 * and in the report, merging, classification history, reviews, support and its overlaps.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HouseholdRegistryTests {

	static final LocalDate DAY = LocalDate.of(2023, 8, 1);

	@Autowired
	Registry registry;
	@Autowired
	Reviews reviews;
	@Autowired
	Supports supports;
	@Autowired
	Households households;
	@Autowired
	Organization organization;
	@Autowired
	UserAccounts accounts;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	MockMvc mvc;
	@Autowired
	Duplicates duplicates;

	MattranUser officerA;
	MattranUser officerB;
	long communeA;
	long communeB;

	@BeforeAll
	void users() {
		Unit a = organization.unitByCode("11629", DAY).orElseThrow();
		Unit b = organization.unitByCode("11632", DAY).orElseThrow();
		communeA = a.id();
		communeB = b.id();
		SystemUser.run(() -> accounts.createInitial("hh.xa-a", IntegrationTest.DEMO_PASSWORD, Role.OFFICER, a.id(), null,
				false));
		SystemUser.run(() -> accounts.createInitial("hh.xa-b", IntegrationTest.DEMO_PASSWORD, Role.OFFICER, b.id(), null,
				false));
		officerA = accounts.principal("hh.xa-a").orElseThrow();
		officerB = accounts.principal("hh.xa-b").orElseThrow();
	}

	@Test
	void aCommuneOfficerNeverReachesAnotherCommunesHouseholds() throws Exception {
		Household theirs = as(officerB, () -> registry.create(draft(communeB, "Đinh Thị Riêng Tư", "052170001111", 1970,
				Classification.POOR), false));
		assertThatThrownBy(() -> as(officerA, () -> registry.view(theirs.id())))
			.isInstanceOfSatisfying(UserFacingException.class, e -> {
				assertThat(e.status()).isEqualTo(403);
				assertThat(List.of(e.args()).toString()).as("the refusal names no person").doesNotContain("Riêng Tư");
			});
		assertThat(as(officerA, () -> registry.search(new HouseholdFilter("rieng tu", null, null, null, null),
				new PageRequest(0, 25))).total()).isZero();
		mvc.perform(get("/households/" + theirs.id()).with(as(officerA))).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/households/" + theirs.id()).with(as(officerA))).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/households?unit=11632").with(as(officerA))).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/households?q=052170001111").with(as(officerA)))
			.andExpect(header().string("X-Total-Count", "0"));
		mvc.perform(get("/api/v1/households").param("q", "rieng tu").with(as(officerB)))
			.andExpect(jsonPath("$[0].head").value("Đinh Thị Riêng Tư"))
			.andExpect(jsonPath("$[0].unitCode").value("11632"))
			.andExpect(jsonPath("$[0].classifications[0]").value("POOR"));
		String exported = mvc.perform(get("/households/export?format=CSV").with(as(officerA))).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(exported).doesNotContain("Riêng Tư");
		Household same = as(officerA, () -> registry.create(draft(communeA, "Người Khác Hẳn", "052170001111", 1990,
				Classification.NEAR_POOR), false));
		assertThat(same.id()).as("an ID number registered in another commune is not revealed by a duplicate warning")
			.isNotEqualTo(theirs.id());
		mvc.perform(get("/households/export?format=CSV&area=" + communeB).with(as(officerA)))
			.andExpect(status().isForbidden());
	}

	@Test
	void everyLookAtAHouseholdPageIsInTheAuditLogAndIdsAreMaskedInLists() throws Exception {
		Household mine = as(officerA, () -> registry.create(draft(communeA, "Trịnh Văn Xem", "052070002222", 1955,
				Classification.NEAR_POOR), false));
		long before = views(mine.id());
		String page = mvc.perform(get("/households/" + mine.id()).with(as(officerA))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("052070002222");
		mvc.perform(get("/api/v1/households/" + mine.id()).with(as(officerA)))
			.andExpect(jsonPath("$.members[0].citizenId").value("052070002222"));
		assertThat(views(mine.id())).isEqualTo(before + 2);
		String list = mvc.perform(get("/households").param("q", "trinh van xem").with(as(officerA))).andReturn().getResponse()
			.getContentAsString();
		assertThat(list).contains("Trịnh Văn Xem").contains("•••••••••222").doesNotContain("052070002222");
	}

	@Test
	void likelyDuplicatesAreShownBeforeSavingAndFoundByTheReport() throws Exception {
		Household first = as(officerA, () -> registry.create(draft(communeA, "Phan Văn Trùng", "052065003333", 1965,
				Classification.POOR), false));
		assertThatThrownBy(() -> as(officerA, () -> registry.create(draft(communeA, "Khác Tên", "052065003333", 1980,
				Classification.POOR), false)))
			.isInstanceOfSatisfying(Registry.DuplicateSuspected.class, e -> assertThat(e.suspects())
				.singleElement().satisfies(s -> {
					assertThat(s.household().id()).isEqualTo(first.id());
					assertThat(s.reasons()).anyMatch(r -> r.startsWith("CITIZEN_ID"));
				}));
		assertThatThrownBy(() -> as(officerA, () -> registry.create(draft(communeA, "phan van trung", null, 1965,
				Classification.POOR), false)))
			.as("the same head without accents and the same birth year in one area")
			.isInstanceOf(Registry.DuplicateSuspected.class);
		Household again = as(officerA, () -> registry.create(draft(communeA, "Phan Văn Trùng", null, 1965,
				Classification.POOR), true));
		Household son = as(officerA, () -> registry.create(new HouseholdDraft(communeA, null, null, List.of(
				member("Hà Văn Cha", null, 1950, true), member("Hà Văn Con", null, 1985, false)), 2024,
				Set.of(Classification.NEAR_POOR), List.of()), false));
		Household own = as(officerA, () -> registry.create(draft(communeA, "Hà Văn Con", null, 1985,
				Classification.POOR), true));
		List<DuplicatePair> pairs = as(officerA, () -> duplicatesOf(first.id(), again.id(), son.id(), own.id()));
		assertThat(pairs).anySatisfy(p -> {
			assertThat(List.of(p.first().id(), p.second().id())).containsExactly(first.id(), again.id());
			assertThat(p.reasons()).contains(DuplicatePair.Reason.NAME_BIRTH_YEAR);
		});
		assertThat(pairs).anySatisfy(p -> {
			assertThat(List.of(p.first().id(), p.second().id())).containsExactly(son.id(), own.id());
			assertThat(p.reasons()).containsExactly(DuplicatePair.Reason.MEMBER);
		});
		mvc.perform(get("/api/v1/households/duplicates?unit=11629").with(as(officerA)))
			.andExpect(status().isOk()).andExpect(jsonPath("$[0].reasons").isArray());
		assertThat(as(officerB, () -> duplicatesOf(first.id(), again.id()))).as("another commune sees none of it")
			.isEmpty();

		as(officerA, () -> {
			registry.markNotDuplicate(son.id(), own.id());
			return null;
		});
		assertThat(as(officerA, () -> duplicatesOf(son.id(), own.id()))).isEmpty();

		as(officerA, () -> supports.record(new SupportDraft(again.id(), SupportKind.TET_GIFT, 200_000L, null,
				LocalDate.of(2024, 1, 20), "Hội Chữ thập đỏ", false, null, null)));
		Household kept = as(officerA, () -> registry.merge(first.id(), again.id()));
		assertThat(as(officerA, () -> duplicatesOf(first.id(), again.id()))).isEmpty();
		assertThat(as(officerA, () -> registry.supports(kept.id()))).as("the merged household's support stays visible")
			.extracting(Support::giver).contains("Hội Chữ thập đỏ");
		assertThat(as(officerA, () -> registry.history(kept.id()))).hasSizeGreaterThanOrEqualTo(2);
		assertThat(as(officerA, () -> registry.get(again.id())).mergedInto()).isEqualTo(first.id());
		assertThatThrownBy(() -> as(officerA, () -> registry.classify(again.id(), 2024, Set.of(), "x")))
			.isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.status()).isEqualTo(409));
	}

	@Test
	void classificationHistoryIsKeptAndTheDatabaseRefusesToRewriteIt() {
		Household h = as(officerA, () -> registry.create(draft(communeA, "Vương Thị Lịch Sử", null, 1962,
				Classification.POOR), false));
		assertThatThrownBy(() -> as(officerA, () -> registry.classify(h.id(), 2024, Set.of(Classification.NEAR_POOR),
				null))).isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("why"));
		as(officerA, () -> registry.classify(h.id(), 2024, Set.of(Classification.NEAR_POOR), "Thu nhập tăng"));
		Household later = as(officerA, () -> registry.classify(h.id(), 2025,
				Set.of(Classification.NEWLY_OUT_OF_POVERTY), null));
		assertThat(later.currentYear()).isEqualTo(2025);
		assertThat(later.currentKinds()).containsExactly(Classification.NEWLY_OUT_OF_POVERTY);
		List<ClassificationRecord> history = as(officerA, () -> registry.history(h.id()));
		assertThat(history).extracting(ClassificationRecord::year, ClassificationRecord::kind, ClassificationRecord::held)
			.containsExactly(tuple(2025, Classification.NEWLY_OUT_OF_POVERTY, true),
					tuple(2024, Classification.NEAR_POOR, true),
					tuple(2024, Classification.POOR, false));
		assertThat(history.get(2).withdrawnWhy()).isEqualTo("Thu nhập tăng");
		assertThat(history.get(2).withdrawnBy()).isEqualTo("hh.xa-a");
		long row = history.get(2).id();
		assertThatThrownBy(() -> jdbc.sql("delete from hh_classification where id = ?").params(row).update())
			.isInstanceOf(DataAccessException.class);
		assertThatThrownBy(() -> jdbc.sql("update hh_classification set kind = 'OTHER' where id = ?").params(row).update())
			.isInstanceOf(DataAccessException.class);
	}

	@Test
	void aReviewRoundConfirmsChangesAndClosesWithCountsAndTheChangesBetweenYears() throws Exception {
		Unit commune = as(officerB, () -> organization.unit(communeB));
		Household stays = as(officerB, () -> registry.create(draft(communeB, "Tạ Văn Giữ", null, 1950,
				Classification.POOR), false));
		Household leaves = as(officerB, () -> registry.create(draft(communeB, "Tạ Văn Thoát", null, 1951,
				Classification.POOR), false));
		Household falls = as(officerB, () -> registry.create(draft(communeB, "Tạ Thị Khó", null, 1952,
				Classification.POLICY_FAMILY), false));
		Household off = as(officerB, () -> registry.create(draft(communeB, "Tạ Văn Khá", null, 1953,
				Classification.POOR), false));
		Reviews.Review round = as(officerB, () -> reviews.open(commune.id(), 2025));
		assertThatThrownBy(() -> as(officerB, () -> reviews.open(commune.id(), 2025)))
			.isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.status()).isEqualTo(409));
		assertThatThrownBy(() -> as(officerA, () -> reviews.get(round.id())))
			.isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.status()).isEqualTo(403));
		Household newcomer = as(officerB, () -> registry.create(new HouseholdDraft(communeB, "Khu phố thử", null,
				List.of(member("Tạ Văn Mới", null, 1954, true)), 2025, Set.of(), List.of()), false));
		assertThat(as(officerB, () -> reviews.notListed(round.id(), commune.id())))
			.as("the area's households not on the list, to add").extracting(Reviews.Candidate::householdId)
			.contains(newcomer.id()).doesNotContain(stays.id(), leaves.id());
		mvc.perform(post("/reviews/" + round.id() + "/decide").with(as(officerB)).with(csrf())
			.param("householdId", String.valueOf(newcomer.id())).param("area", String.valueOf(commune.id())))
			.andExpect(status().is3xxRedirection()).andExpect(flash().attribute("failure", "review.error.addWithoutKind"));
		assertThat(as(officerB, () -> reviews.notListed(round.id(), commune.id()))).as("added with nothing ticked: not added")
			.extracting(Reviews.Candidate::householdId).contains(newcomer.id());
		as(officerB, () -> {
			reviews.decide(round.id(), newcomer.id(), Set.of(Classification.POOR));
			reviews.decide(round.id(), leaves.id(), Set.of(Classification.NEWLY_OUT_OF_POVERTY));
			reviews.decide(round.id(), falls.id(), Set.of(Classification.POLICY_FAMILY, Classification.NEAR_POOR));
			reviews.decide(round.id(), off.id(), Set.of());
			return null;
		});
		assertThat(as(officerB, () -> reviews.lines(round.id(), commune.id())))
			.filteredOn(line -> line.householdId() == newcomer.id()).singleElement()
			.extracting(Reviews.Line::change).isEqualTo("ADDED");
		assertThat(as(officerB, () -> reviews.notListed(round.id(), commune.id()))).extracting(Reviews.Candidate::householdId)
			.doesNotContain(newcomer.id());
		assertThatThrownBy(() -> as(officerB, () -> reviews.close(round.id())))
			.as("an area with households not done").isInstanceOf(UserFacingException.class);
		Reviews.AreaProgress area = as(officerB, () -> reviews.progress(round.id())).stream()
			.filter(p -> p.area().id() == commune.id()).findFirst().orElseThrow();
		assertThat(area.decided()).isLessThan(area.households());
		as(officerB, () -> {
			reviews.confirmRest(round.id(), commune.id());
			reviews.markAreaDone(round.id(), commune.id());
			return reviews.close(round.id());
		});
		Reviews.Review closed = as(officerB, () -> reviews.get(round.id()));
		assertThat(closed.open()).isFalse();
		assertThat(closed.counts()).containsEntry(Classification.NEWLY_OUT_OF_POVERTY, 1L)
			.containsEntry(Classification.NEAR_POOR, 1L);
		assertThat(as(officerB, () -> registry.get(stays.id())).currentKinds()).containsExactly(Classification.POOR);
		assertThat(as(officerB, () -> registry.get(stays.id())).currentYear()).isEqualTo(2025);
		Household takenOff = as(officerB, () -> registry.get(off.id()));
		assertThat(takenOff.currentYear()).as("taken off the list in 2025").isEqualTo(2025);
		assertThat(takenOff.currentKinds()).isEmpty();
		assertThat(as(officerB, () -> registry.search(new HouseholdFilter("ta van kha", null, Classification.POOR, null,
				null), new PageRequest(0, 5))).total()).isZero();
		assertThat(as(officerB, () -> reviews.changes(round.id())))
			.extracting(Reviews.Change::head, Reviews.Change::direction)
			.contains(tuple("Tạ Văn Thoát", "LEFT_POVERTY"),
					tuple("Tạ Thị Khó", "FELL_INTO_POVERTY"), tuple("Tạ Văn Mới", "FELL_INTO_POVERTY"))
			.noneMatch(t -> t.toList().contains("Tạ Văn Giữ"));
		assertThatThrownBy(() -> as(officerB, () -> {
			reviews.decide(round.id(), stays.id(), Set.of());
			return null;
		})).isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.status()).isEqualTo(409));
	}

	@Test
	void aMemberTakenOffByAnEditStaysInTheHouseholdAsHavingLeftAndCountsNoMore() {
		Household h = as(officerA, () -> registry.create(new HouseholdDraft(communeA, null, null, List.of(
				member("Hà Văn Ở", null, 1961, true), member("Hà Thị Đi", "001190009901", 1990, false),
				member("Hà Văn Út", null, 2010, false)), 2024, Set.of(Classification.POOR), List.of()), false));
		Household edited = as(officerA, () -> registry.update(h.id(), h.version(), new HouseholdDraft(communeA, null, null,
				List.of(member("Hà Văn Ở", null, 1961, true), member("Ha Van Ut", null, 2010, false)), 2024,
				Set.of(Classification.POOR), List.of()), false));
		assertThat(edited.members()).extracting(Member::fullName, Member::present)
			.containsExactly(tuple("Hà Văn Ở", true), tuple("Ha Van Ut", true), tuple("Hà Thị Đi", false));
		assertThat(edited.members().get(2).leftOn()).isEqualTo(as(officerA, () -> registry.today()));
		Household again = as(officerA, () -> registry.update(h.id(), edited.version(), new HouseholdDraft(communeA, null,
				null, List.of(member("Hà Văn Ở", null, 1961, true), member("Ha Van Ut", null, 2010, false)), 2024,
				Set.of(Classification.POOR), List.of()), false));
		assertThat(again.members()).as("a second edit keeps who left, on the day they left").hasSize(3)
			.filteredOn(m -> !m.present()).singleElement().extracting(Member::leftOn).isEqualTo(edited.members().get(2).leftOn());

		Member head = again.members().get(0);
		Member ut = again.members().get(1);
		Household corrected = as(officerA, () -> registry.update(h.id(), again.version(), new HouseholdDraft(communeA, null,
				null, List.of(head, new Member(ut.id(), "Hà Văn Út", ut.sex(), 2011, null, ut.relation(), null, null, false,
						null)), 2024, Set.of(Classification.POOR), List.of()), false));
		assertThat(corrected.members()).as("a corrected name and birth year are the same person, not one who left")
			.extracting(Member::fullName, Member::birthYear, Member::present)
			.containsExactly(tuple("Hà Văn Ở", 1961, true), tuple("Hà Văn Út", 2011, true), tuple("Hà Thị Đi", 1990, false));
		Member corrected1 = corrected.members().get(1);
		Household typedOver = as(officerA, () -> registry.update(h.id(), corrected.version(), new HouseholdDraft(communeA,
				null, null, List.of(corrected.members().get(0), new Member(corrected1.id(), "Lò Thị Mới", "F", 1995, null,
						"Con dâu", null, null, false, null)), 2024, Set.of(Classification.POOR), List.of()), false));
		assertThat(typedOver.members()).as("another person typed over a row: the one before has left")
			.extracting(Member::fullName, Member::present)
			.containsExactlyInAnyOrder(tuple("Hà Văn Ở", true), tuple("Lò Thị Mới", true), tuple("Hà Văn Út", false),
					tuple("Hà Thị Đi", false));

		Household moved = as(officerA, () -> registry.create(new HouseholdDraft(communeA, null, null, List.of(
				member("Hà Thị Đi", "001190009901", 1990, true)), 2024, Set.of(Classification.NEAR_POOR), List.of()), false));
		List<DuplicatePair> pairs = new ArrayList<>();
		for (int page = 0; page == 0 || pairs.size() == page * 100; page++) {
			int p = page;
			pairs.addAll(as(officerA, () -> duplicates.report(null, new PageRequest(p, 100))).items());
		}
		assertThat(pairs).as("she left the first household and lives in the second: no pair").noneMatch(p ->
				Set.of(p.first().id(), p.second().id()).equals(Set.of(h.id(), moved.id())));
	}

	@Test
	void supportFromTheFundIsRecordedOnceAndOverlapsAndNeedsMetTwiceAreReported() {
		Household h = as(officerA, () -> registry.create(new HouseholdDraft(communeA, null, null,
				List.of(member("Lò Văn Nhận", null, 1958, true)), 2024, Set.of(Classification.POOR),
				List.of("Sửa nhà dột")), false));
		Need need = as(officerA, () -> households.openNeeds(h.id())).get(0);
		assertThat(need.kind()).isEqualTo(SupportKind.HOUSE_REPAIR);
		SupportDraft fromFund = new SupportDraft(h.id(), SupportKind.HOUSE_REPAIR, 10_000_000L, null,
				LocalDate.of(2024, 11, 1), "Quỹ Vì người nghèo thị trấn", true, "fund:disbursement:900001", need.id());
		Support first = as(officerA, () -> households.recordSupport(fromFund));
		Support second = as(officerA, () -> households.recordSupport(fromFund));
		assertThat(second.id()).isEqualTo(first.id());
		assertThat(as(officerA, () -> registry.supports(h.id()))).hasSize(1);
		assertThat(as(officerA, () -> households.openNeeds(h.id()))).isEmpty();
		as(officerA, () -> supports.record(new SupportDraft(h.id(), SupportKind.HOUSE_REPAIR, 3_000_000L, null,
				LocalDate.of(2024, 11, 3), "Công ty Xây dựng An Lão", false, null, need.id())));
		assertThat(as(officerA, () -> supports.overlaps(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31))))
			.anySatisfy(o -> {
				assertThat(o.householdId()).isEqualTo(h.id());
				assertThat(o.kind()).isEqualTo(SupportKind.HOUSE_REPAIR);
				assertThat(o.total()).isEqualTo(13_000_000L);
			});
		assertThat(as(officerA, () -> supports.needsMetTwice())).anySatisfy(n -> assertThat(n.needId()).isEqualTo(need.id()));
		assertThat(as(officerB, () -> supports.overlaps(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31))))
			.noneMatch(o -> o.householdId() == h.id());
		assertThatThrownBy(() -> as(officerA, () -> supports.record(new SupportDraft(h.id(), SupportKind.OTHER, -5L,
				null, null, "Ai đó", false, null, null)))).isInstanceOfSatisfying(InvalidInput.class,
						e -> assertThat(e.field()).isEqualTo("amount"));
	}

	private List<DuplicatePair> duplicatesOf(long... ids) {
		List<Long> wanted = Arrays.stream(ids).boxed().toList();
		return duplicates.report(null, new PageRequest(0, 200)).items().stream()
			.filter(p -> wanted.contains(p.first().id()) && wanted.contains(p.second().id())).toList();
	}

	private long views(long id) {
		return jdbc.sql("select count(*) from shared_audit_log where action = 'VIEW' and entity_type = 'household'"
				+ " and entity_id = ? and actor_name = 'hh.xa-a'").params(String.valueOf(id)).query(Long.class).single();
	}

	private static HouseholdDraft draft(long unit, String head, String citizenId, int born, Classification kind) {
		return new HouseholdDraft(unit, "Khu phố thử", null, List.of(new Member(null, head, null, born, null, Member.HEAD,
				citizenId, null, true, null)), 2024, Set.of(kind), List.of());
	}

	private static Member member(String name, String citizenId, int born, boolean head) {
		return new Member(null, name, null, born, null, head ? Member.HEAD : "Con", citizenId, null, head, null);
	}

	private static <T> T as(MattranUser user, Supplier<T> work) {
		return SeedFixture.as(user, work);
	}

	private static RequestPostProcessor as(MattranUser user) {
		return authentication(SeedFixture.authentication(user));
	}
}
