package vn.mattran.fund;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.mattran.IntegrationTest;
import vn.mattran.SeedFixture;
import vn.mattran.fund.internal.Disbursements;
import vn.mattran.fund.internal.Donations;
import vn.mattran.fund.internal.Drives;
import vn.mattran.fund.internal.FundBook;
import vn.mattran.fund.internal.FundReports;
import vn.mattran.fund.internal.Funds;
import vn.mattran.households.SupportKind;
import vn.mattran.organization.Organization;
import vn.mattran.organization.Unit;
import vn.mattran.organization.internal.accounts.UserAccounts;
import vn.mattran.shared.error.InvalidInput;
import vn.mattran.shared.security.MattranUser;
import vn.mattran.shared.security.Role;
import vn.mattran.shared.security.SystemUser;

/**
 * The fund book and the report over a fund of Lê Đại Hành's with known figures: October 2024's cash
 * and bank line by line with their balances, a voided receipt in the book but not in the totals, the
 * targets of the ward and a group rolled up, support by kind and area, and the same in XLSX (numbers
 * that add up, a donor's "=SUM" kept as text), PDF (the closing balance in words) and JSON.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FundReportsTests {

	static final LocalDate WARD_DAY = LocalDate.of(2024, 10, 17);

	@Autowired
	Funds funds;
	@Autowired
	Drives drives;
	@Autowired
	Donations donations;
	@Autowired
	Disbursements disbursements;
	@Autowired
	FundBook books;
	@Autowired
	FundReports reports;
	@Autowired
	Organization organization;
	@Autowired
	UserAccounts accounts;
	@Autowired
	MockMvc mvc;

	MattranUser officer;
	long fundId;
	Unit groupOne;
	Unit groupTwo;

	@BeforeAll
	void aFundWithKnownFigures() {
		Unit ward = organization.unitByCode("00256", WARD_DAY).orElseThrow();
		List<Unit> groups = SystemUser.call(() -> organization.children(ward.id(), WARD_DAY));
		groupOne = groups.get(0);
		groupTwo = groups.get(1);
		SystemUser.run(() -> accounts.createInitial("rp.officer", IntegrationTest.DEMO_PASSWORD, Role.OFFICER, ward.id(),
				null, false));
		officer = accounts.principal("rp.officer").orElseThrow();
		fundId = SystemUser.call(() -> funds.create(ward.id(), "Quỹ thử báo cáo", FundKind.OTHER, null, null)).id();
		SeedFixture.as(officer, () -> {
			Drive drive = drives.open(fundId, new Drives.DriveDraft("Đợt thử báo cáo", null, LocalDate.of(2024, 10, 1),
					LocalDate.of(2024, 12, 31), null, EnumSet.allOf(Channel.class), null, 22, null));
			drives.setTarget(drive.id(), ward.id(), 20_000_000L);
			drives.setTarget(drive.id(), groupOne.id(), 5_000_000L);
			give(drive, groupOne, "Người thử một", 2_000_000, "2024-10-10", Channel.CASH, null);
			Donation wrong = give(drive, groupOne, "Người thử hai", 3_000_000, "2024-10-11", Channel.BANK, null);
			give(drive, null, "Cửa hàng thử", 1_000_000, "2024-10-12", Channel.IN_KIND, "10 bao gạo");
			give(drive, null, "=SUM(A1:A9)", 500_000, "2024-10-13", Channel.CASH, null);
			donations.voidReceipt(wrong.id(), "Ghi nhầm", LocalDate.of(2024, 10, 14));
			long paid = disbursements.propose(fundId, new DisbursementDraft(null, null, "Một hộ ở tổ 2", groupTwo.id(),
					SupportKind.GRAVE_ILLNESS, 1_000_000L, Channel.CASH, "Khám bệnh", null), LocalDate.of(2024, 10, 18)).id();
			SystemUser.run(() -> disbursements.approve(paid, LocalDate.of(2024, 10, 19)));
			return disbursements.pay(paid, LocalDate.of(2024, 10, 20));
		});
	}

	@Test
	void theBookShowsEachReceiptAndPaymentWithItsBalance() {
		FundBook.Book book = SeedFixture.as(officer, () -> books.of(fundId, LocalDate.of(2024, 10, 1),
				LocalDate.of(2024, 10, 31), FundBook.Money.ALL));
		assertThat(book.opening()).isZero();
		assertThat(book.lines()).extracting(FundBook.Line::in, FundBook.Line::out, FundBook.Line::balance).containsExactly(
				org.assertj.core.groups.Tuple.tuple(2_000_000L, 0L, 2_000_000L),
				org.assertj.core.groups.Tuple.tuple(3_000_000L, 0L, 5_000_000L),
				org.assertj.core.groups.Tuple.tuple(500_000L, 0L, 5_500_000L),
				org.assertj.core.groups.Tuple.tuple(0L, 3_000_000L, 2_500_000L),
				org.assertj.core.groups.Tuple.tuple(0L, 1_000_000L, 1_500_000L));
		assertThat(book.lines().get(3).kind()).as("the void is in the book").isEqualTo("VOID");
		assertThat(book.totalIn()).isEqualTo(5_500_000L);
		assertThat(book.totalOut()).isEqualTo(4_000_000L);
		assertThat(book.closing()).isEqualTo(1_500_000L);
		FundBook.Book cash = SeedFixture.as(officer, () -> books.of(fundId, LocalDate.of(2024, 10, 12),
				LocalDate.of(2024, 10, 31), FundBook.Money.CASH));
		assertThat(cash.opening()).as("the cash received before the 12th").isEqualTo(2_000_000L);
		assertThat(cash.closing()).isEqualTo(1_500_000L);
		assertThatThrownBy(() -> SeedFixture.as(officer, () -> books.of(fundId, LocalDate.of(2024, 10, 31),
				LocalDate.of(2024, 10, 1), null))).isInstanceOf(InvalidInput.class);
	}

	@Test
	void theReportLeavesVoidedReceiptsOutAndRollsTargetsUp() {
		FundReports.Report report = SeedFixture.as(officer, () -> reports.of(fundId, LocalDate.of(2024, 10, 1),
				LocalDate.of(2024, 12, 31)));
		assertThat(report.collected()).isEqualTo(3_500_000L);
		assertThat(report.byChannel()).extracting(FundReports.Total::key, FundReports.Total::amount)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("CASH", 2_500_000L),
					org.assertj.core.groups.Tuple.tuple("IN_KIND", 1_000_000L));
		List<Drives.Progress> targets = report.progress().get(0).targets();
		assertThat(targets).extracting(p -> p.unit().id(), Drives.Progress::target, Drives.Progress::collected)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(targets.get(0).unit().id(), 20_000_000L, 3_500_000L),
					org.assertj.core.groups.Tuple.tuple(groupOne.id(), 5_000_000L, 2_000_000L));
		assertThat(report.paidByKind()).extracting(FundReports.Total::key, FundReports.Total::amount)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("GRAVE_ILLNESS", 1_000_000L));
		assertThat(report.paidByArea()).extracting(FundReports.Total::label).containsExactly(groupTwo.name());
	}

	@Test
	void theFilesCarryTheSameFigures() throws Exception {
		byte[] xlsx = mvc.perform(get("/funds/" + fundId + "/book?from=2024-10-01&to=2024-10-31&format=xlsx").with(as()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Cell closing = null;
			Cell formula = null;
			for (Row row : book.getSheetAt(0)) {
				for (Cell cell : row) {
					if (cell.getCellType() == CellType.NUMERIC && cell.getNumericCellValue() == 1_500_000d) {
						closing = cell;
					}
					if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().contains("SUM(A1:A9)")) {
						formula = cell;
					}
				}
			}
			assertThat(closing).as("the closing balance is a number").isNotNull();
			assertThat(formula).as("a donor named like a formula stays text").isNotNull();
			assertThat(formula.getStringCellValue()).isEqualTo("=SUM(A1:A9)");
			assertThat(formula.getCellStyle().getQuotePrefixed()).isTrue();
			assertThat(closing.getCellStyle().getDataFormatString()).isEqualTo("#,##0");
			assertThat(book.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).startsWith("Sổ quỹ");
		}
		byte[] report = mvc.perform(get("/funds/" + fundId + "/reports?from=2024-10-01&to=2024-12-31&format=xlsx")
			.with(as())).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(report))) {
			boolean found = false;
			for (Row row : book.getSheetAt(0)) {
				for (Cell cell : row) {
					assertThat(cell.getCellType()).as("no cell is a formula").isNotEqualTo(CellType.FORMULA);
					found |= cell.getCellType() == CellType.NUMERIC && cell.getNumericCellValue() == 3_500_000d;
				}
			}
			assertThat(found).as("the total collected is a number").isTrue();
		}
		byte[] pdf = mvc.perform(get("/funds/" + fundId + "/book?from=2024-10-01&to=2024-10-31&format=pdf").with(as()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			assertThat(text).contains("1.500.000 đ").contains("Một triệu năm trăm nghìn đồng chẵn").contains("Tồn đầu kỳ");
		}
		byte[] reportPdf = mvc.perform(get("/funds/" + fundId + "/reports?from=2024-10-01&to=2024-12-31&format=pdf")
			.with(as())).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(reportPdf)) {
			String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			assertThat(text).as("the report on paper: collected, by area, without the beneficiary")
				.contains("3.500.000 đ").contains(groupTwo.name()).contains("1.000.000 đ").doesNotContain("Một hộ ở tổ 2")
				.doesNotContain("Người thử hai");
		}
		mvc.perform(get("/funds/" + fundId + "/book?format=docx").with(as())).andExpect(status().isUnprocessableContent());
		String page = mvc.perform(get("/funds/" + fundId + "/reports?from=2024-10-01&to=2024-12-31").with(as()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("3.500.000 đ").contains(groupTwo.name()).doesNotContain("Một hộ ở tổ 2");
	}

	@Test
	void theBookOverTheApiAndOutsideTheScope() throws Exception {
		mvc.perform(get("/api/v1/funds/" + fundId + "/book?from=2024-10-01&to=2024-10-31").with(as()))
			.andExpect(status().isOk()).andExpect(jsonPath("$.opening").value(0))
			.andExpect(jsonPath("$.closing").value(1_500_000)).andExpect(jsonPath("$.lines.length()").value(5))
			.andExpect(jsonPath("$.lines[0].document").value(org.hamcrest.Matchers.matchesPattern("\\d{6}/2024")));
		mvc.perform(get("/api/v1/funds/" + fundId + "/book?from=2024-10-31&to=2024-10-01").with(as()))
			.andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.problems[0].field").value("to"));
		MattranUser anLao = accounts.principal("anlao").orElseThrow();
		mvc.perform(get("/api/v1/funds/" + fundId + "/book").with(authentication(SeedFixture.authentication(anLao))))
			.andExpect(status().isForbidden());
		mvc.perform(get("/funds/" + fundId + "/reports").with(authentication(SeedFixture.authentication(anLao))))
			.andExpect(status().isForbidden());
	}

	private Donation give(Drive drive, Unit collector, String name, long amount, String day, Channel channel,
			String inKind) {
		return donations.record(fundId, new DonationDraft(drive.id(), null, DonorKind.PERSON, name, null, null, amount,
				LocalDate.parse(day), channel, collector == null ? null : collector.id(), inKind, null, null, null));
	}

	private RequestPostProcessor as() {
		return authentication(SeedFixture.authentication(officer));
	}
}
