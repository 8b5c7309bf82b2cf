package vn.mattran.households.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.mattran.households.Classification;
import vn.mattran.households.Member;
import vn.mattran.households.SupportKind;
import vn.mattran.organization.Unit;
import vn.mattran.organization.UnitLevel;
import vn.mattran.shared.error.InvalidInput;
import vn.mattran.shared.tabular.SafeCells;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How the registry reads what communes write: areas, classifications, headers, ID numbers, phones, needs. */
class ListReadingTests {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

	@Test
	void areasAreFoundHoweverAListNamesThem() {
		List<Unit> areas = List.of(area(1, "Tổ dân phố số 3"), area(2, "Tổ dân phố số 13"), area(3, "Thôn Kon Rẽ"),
				area(4, "Bản Lang"));
		AreaMatcher matcher = new AreaMatcher(areas);
		for (String written : List.of("Tổ 3", "TDP số 3", "tổ dân phố 03", "To dan pho so 3", "3")) {
			assertThat(matcher.match(written)).as(written).map(Unit::id).contains(1L);
		}
		assertThat(matcher.match("Tổ 13")).map(Unit::id).contains(2L);
		assertThat(matcher.match("Kon Re")).map(Unit::id).contains(3L);
		assertThat(matcher.match("thôn Kon Rẽ")).map(Unit::id).contains(3L);
		assertThat(matcher.match("Bản Lang")).as("a name made only of kind words keeps its last word").map(Unit::id)
			.contains(4L);
		assertThat(matcher.match("Tổ 31")).isEmpty();
		assertThat(matcher.match("")).isEmpty();
	}

	@Test
	void classificationsAreReadWhateverTheirAccentsAndAbbreviations() {
		assertThat(Classification.parse("Hộ nghèo")).contains(Classification.POOR);
		assertThat(Classification.parse("ho ngheo")).contains(Classification.POOR);
		assertThat(Classification.parse("Cận nghèo")).contains(Classification.NEAR_POOR);
		assertThat(Classification.parse("HCĐBKK")).contains(Classification.SPECIAL_HARDSHIP);
		assertThat(Classification.parse("Mới thoát nghèo")).contains(Classification.NEWLY_OUT_OF_POVERTY);
		assertThat(Classification.parse("Gia đình chính sách")).contains(Classification.POLICY_FAMILY);
		assertThat(Classification.parse("Người có công")).contains(Classification.PERSON_WITH_MERIT);
		assertThat(Classification.parse("Mẹ VNAH")).contains(Classification.HEROIC_MOTHER);
		assertThat(Classification.parse("giàu")).isEmpty();
	}

	@Test
	void theUsualHeadersAreRecognisedAndEachColumnIsUsedOnce() {
		Map<HouseholdColumns, Integer> mapping = HouseholdColumns.guess(List.of("STT", "Họ và tên chủ hộ", "Năm sinh",
				"Số CMND/CCCD", "Thôn/Tổ", "Phân loại hộ", "Loại hộ", "SĐT", "Ghi chú"));
		assertThat(mapping).containsEntry(HouseholdColumns.HEAD, 1).containsEntry(HouseholdColumns.BIRTH, 2)
			.containsEntry(HouseholdColumns.CITIZEN_ID, 3).containsEntry(HouseholdColumns.AREA, 4)
			.containsEntry(HouseholdColumns.CLASSIFICATION, 5).containsEntry(HouseholdColumns.PHONE, 7)
			.containsEntry(HouseholdColumns.CIRCUMSTANCES, 8);
	}

	@Test
	void membersAreTidiedAndTheirNumbersChecked() {
		List<Member> members = MemberRules.clean(List.of(
				member("  Nguyễn   Văn An ", "001.060.012.345", "+84 912 345 678", false),
				member("Lê Thị Bình", null, null, false)), TODAY);
		assertThat(members.get(0).fullName()).isEqualTo("Nguyễn Văn An");
		assertThat(members.get(0).citizenId()).isEqualTo("001060012345");
		assertThat(members.get(0).phone()).isEqualTo("0912345678");
		assertThat(members.get(0).head()).as("nobody marked: the first is the head").isTrue();
		assertThat(members.get(1).head()).isFalse();
		assertThatThrownBy(() -> MemberRules.clean(List.of(member("A", "12345", null, true)), TODAY))
			.isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("members[0].citizenId"));
		assertThatThrownBy(() -> MemberRules.clean(List.of(member("A", null, "12345", true)), TODAY))
			.isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("members[0].phone"));
		assertThatThrownBy(() -> MemberRules.clean(List.of(member("A", null, null, true), member("B", null, null, true)),
				TODAY)).isInstanceOfSatisfying(InvalidInput.class,
						e -> assertThat(e.messageKey()).isEqualTo("household.error.twoHeads"));
		assertThatThrownBy(() -> MemberRules.clean(List.of(member("A", "001060012345", null, true),
				member("B", "001060012345", null, false)), TODAY)).isInstanceOfSatisfying(InvalidInput.class,
						e -> assertThat(e.messageKey()).isEqualTo("household.error.sameIdTwice"));
		assertThatThrownBy(() -> MemberRules.clean(List.of(new Member(null, "A", null, 2030, null, null, null, null,
				true, null)), TODAY)).isInstanceOfSatisfying(InvalidInput.class,
						e -> assertThat(e.field()).isEqualTo("members[0].birthYear"));
		assertThatThrownBy(() -> MemberRules.clean(List.of(member(" ", null, null, true)), TODAY))
			.isInstanceOf(InvalidInput.class);
	}

	@Test
	void citizenIdsAreMaskedButTheirLastDigits() {
		assertThat(Member.mask("001060012345")).isEqualTo("•••••••••345").doesNotContain("00106001");
		assertThat(Member.mask(null)).isNull();
	}

	@Test
	void needsAreSortedIntoSupportKindsFromTheirWords() {
		assertThat(SupportKind.guess("Sửa nhà, chống dột")).isEqualTo(SupportKind.HOUSE_REPAIR);
		assertThat(SupportKind.guess("vốn sản xuất")).isEqualTo(SupportKind.CAPITAL);
		assertThat(SupportKind.guess("Học nghề may")).isEqualTo(SupportKind.VOCATIONAL_TRAINING);
		assertThat(SupportKind.guess("Học bổng cho con")).isEqualTo(SupportKind.PUPIL);
		assertThat(SupportKind.guess("Làm nhà Đại đoàn kết")).isEqualTo(SupportKind.HOUSE_BUILD);
		assertThat(SupportKind.guess("xin một con bò")).isEqualTo(SupportKind.OTHER);
	}

	@Test
	void textThatASpreadsheetWouldRunIsWrittenAsText() {
		for (String formula : List.of("=HYPERLINK(\"http://x\",\"y\")", "+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1")) {
			assertThat(SafeCells.dangerous(formula)).as(formula).isTrue();
			assertThat(SafeCells.text(formula)).startsWith("'");
		}
		assertThat(SafeCells.text("Nguyễn Văn An")).isEqualTo("Nguyễn Văn An");
		assertThat(SafeCells.text(null)).isEmpty();
	}

	private static Member member(String name, String id, String phone, boolean head) {
		return new Member(null, name, null, 1960, null, null, id, phone, head, null);
	}

	private static Unit area(long id, String name) {
		return new Unit(id, null, name, "Tổ dân phố", UnitLevel.RESIDENTIAL, 100L, "00256", "1.2." + id, "01", null, null,
				false, null);
	}
}
