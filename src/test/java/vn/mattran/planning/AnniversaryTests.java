package vn.mattran.planning;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.mattran.documents.DocumentText;
import vn.mattran.documents.DocumentType;
import vn.mattran.planning.PlanContent.ItemKind;
import vn.mattran.planning.PlanContent.ProgrammeItem;
import vn.mattran.planning.internal.PlanWriter;
import vn.mattran.shared.error.InvalidInput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Anniversaries and lunar days are computed for the programme's year, never typed. */
class AnniversaryTests {

	@Test
	void theNinetyFirstYearOfThePartyIn2021() {
		assertThat(NationalDays.DANG.years(2021)).isEqualTo(91);
		assertThat(NationalDays.DANG.span(2021)).isEqualTo("03/02/1930-03/02/2021");
		assertThat(PlanWriter.fill("kỷ niệm {{năm:DANG}} năm ngày thành lập Đảng Cộng sản Việt Nam ({{mốc:DANG}})", 2021))
			.isEqualTo("kỷ niệm 91 năm ngày thành lập Đảng Cộng sản Việt Nam (03/02/1930-03/02/2021)");
	}

	@Test
	void theSameTextGivesNextYearsAnniversariesNextYear() {
		String item = "kỷ niệm {{năm:GIAI_PHONG_MIEN_NAM}} năm ngày giải phóng miền Nam ({{mốc:GIAI_PHONG_MIEN_NAM}})";
		assertThat(PlanWriter.fill(item, 2021)).contains("46 năm").contains("(30/4/1975-30/4/2021)");
		assertThat(PlanWriter.fill(item, 2025)).contains("50 năm").contains("(30/4/1975-30/4/2025)");
		assertThat(PlanWriter.fill("{{năm:MAT_TRAN}} năm, {{năm:THUONG_BINH_LIET_SI}} năm, {{năm:QUOC_KHANH}} năm", 2024))
			.isEqualTo("94 năm, 77 năm, 79 năm");
	}

	@Test
	void aYearWrittenAfterTheCodeFixesTheAnniversaryAndDaysAreWrittenAsDocumentsDo() {
		assertThat(PlanWriter.fill("hướng tới {{năm:DIEN_BIEN_PHU:2024}} năm ({{mốc:DIEN_BIEN_PHU:2024}})", 2023))
			.isEqualTo("hướng tới 70 năm (07/5/1954-07/5/2024)");
		assertThat(PlanWriter.fill("({{ngày:THUONG_BINH_LIET_SI:1947}}- {{ngày:THUONG_BINH_LIET_SI}})", 2024))
			.isEqualTo("(27/7/1947- 27/7/2024)");
	}

	@Test
	void theLunarYearIsNamed() {
		assertThat(PlanWriter.fill("Tết Nguyên đán {{can-chi}}", 2021)).isEqualTo("Tết Nguyên đán Tân Sửu");
		assertThat(PlanWriter.fill("Tết {{can-chi}}", 2024)).isEqualTo("Tết Giáp Thìn");
	}

	@Test
	void anUnknownCodeIsNamedInTheMessage() {
		assertThatThrownBy(() -> PlanWriter.fill("{{năm:DANGG}}", 2021)).isInstanceOf(InvalidInput.class)
			.satisfies(e -> assertThat(((InvalidInput) e).args()).containsExactly("DANGG"));
	}

	@Test
	void lunarItemsFallOnTheirSolarDayOfThatYear() {
		ProgrammeItem buddha = new ProgrammeItem(5, ItemKind.ANNIVERSARY, "Phật Đản", null, 15, 4, false);
		ProgrammeItem vuLan = new ProgrammeItem(8, ItemKind.ANNIVERSARY, "Vu Lan", null, 15, 7, false);
		ProgrammeItem tet = new ProgrammeItem(2, ItemKind.ANNIVERSARY, "Tết", null, 1, 1, false);
		assertThat(PlanWriter.dayOf(buddha, 2021)).contains(LocalDate.of(2021, 5, 26));
		assertThat(PlanWriter.dayOf(vuLan, 2021)).contains(LocalDate.of(2021, 8, 22));
		assertThat(PlanWriter.dayOf(tet, 2021)).contains(LocalDate.of(2021, 2, 12));
		assertThat(PlanWriter.dayOf(tet, 1985)).as("Vietnam's Tết, not China's").contains(LocalDate.of(1985, 1, 21));
		assertThat(PlanWriter.dayOf(buddha, 2024)).contains(LocalDate.of(2024, 5, 22));
	}

	@Test
	void aLunarDayInJanuaryIsTakenInTheLunarYearThatPutsItThere() {
		ProgrammeItem kitchenGods = new ProgrammeItem(1, ItemKind.ANNIVERSARY, "Ông Công ông Táo", null, 23, 12, false);
		ProgrammeItem lateInTheYear = new ProgrammeItem(12, ItemKind.ANNIVERSARY, "Ông Công ông Táo", null, 23, 12, false);
		assertThat(PlanWriter.dayOf(kitchenGods, 2024)).as("23/12 of lunar 2023").contains(LocalDate.of(2024, 2, 2));
		assertThat(PlanWriter.dayOf(lateInTheYear, 2025)).as("23/12 of lunar 2025 falls in 2026: no day in this programme").isEmpty();
		assertThat(PlanWriter.dayOf(kitchenGods, 2025)).as("23/12 of lunar 2024").contains(LocalDate.of(2025, 1, 22));
	}

	@Test
	void aMonthlyItemWithADayFallsOnThatDayOfEveryMonth() {
		ProgrammeItem briefing = new ProgrammeItem(1, ItemKind.BRIEFING, "Trực báo", 31, null, null, true);
		assertThat(PlanWriter.daysOf(briefing, 2026)).hasSize(12)
			.contains(LocalDate.of(2026, 1, 31), LocalDate.of(2026, 2, 28), LocalDate.of(2026, 4, 30));
		ProgrammeItem fullMoon = new ProgrammeItem(1, ItemKind.OTHER, "Rằm", null, 15, 1, true);
		assertThat(PlanWriter.daysOf(fullMoon, 2021)).hasSize(12).contains(LocalDate.of(2021, 5, 26),
				LocalDate.of(2021, 8, 22));
	}

	@Test
	void aMonthlyItemIsWrittenOnceAndStandsInEveryMonth() {
		DocumentText text = new DocumentText(DocumentType.PROGRAMME, null, null, null, null, false, null, "CHƯƠNG TRÌNH",
				"CÔNG TÁC NĂM 2026", null, null, "Chương trình công tác:\n@chuong-trinh", null, null, null, null, null, null);
		PlanContent content = new PlanContent(text, List.of(), List.of(), List.of(), List.of(), List.of(
				new ProgrammeItem(1, ItemKind.BRIEFING, "Trực báo Mặt trận.", null, null, null, true),
				new ProgrammeItem(3, ItemKind.CONFERENCE, "Hội nghị quý I.", null, null, null, false)), Map.of());
		String body = PlanWriter.document(content, 2026).body();
		assertThat(body.split("Trực báo Mặt trận\\.", -1)).hasSize(13);
		assertThat(body).contains("## 1. Quý I.\n### 1.1. Tháng 1.\nTrực báo Mặt trận.\n### 1.2. Tháng 2.")
			.contains("### 1.3. Tháng 3.\nTrực báo Mặt trận.\nHội nghị quý I.\n## 2. Quý II.");
	}
}
