package vn.mattran.fund;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import vn.mattran.IntegrationTest;
import vn.mattran.SeedFixture;
import vn.mattran.fund.internal.DayWage;
import vn.mattran.fund.internal.Drives;
import vn.mattran.fund.internal.Funds;
import vn.mattran.organization.internal.accounts.UserAccounts;
import vn.mattran.shared.security.MattranUser;
import vn.mattran.shared.security.Role;
import vn.mattran.shared.security.SystemUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * One day's wage of an agency's staff list: salary ÷ the drive's divisor, rounded half up to the
 * đồng, the total the agency transfers, bad rows named with their row and column, and the sheet as
 * XLSX — all without storing anything.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DayWageTests {

	private static final String STAFF = "STT,Họ và tên,Chức vụ,Lương tháng\n" + "1,Nguyễn Văn Mười,Chánh Văn phòng,10.000.000\n"
			+ "2,Trần Thị Nửa,Chuyên viên,\"4,680,005\"\n" + "3,Lê Văn Tròn,Chuyên viên,6600000\n"
			+ "4,Phạm Thị Lẻ,Nhân viên,\"12,5\"\n" + "5,,Nhân viên,5.000.000\n";

	@Autowired
	DayWage dayWage;
	@Autowired
	Funds funds;
	@Autowired
	Drives drives;
	@Autowired
	UserAccounts accounts;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	MockMvc mvc;

	MattranUser officer;
	long drive22;
	long drive26;

	@BeforeAll
	void drives() {
		long ward = jdbc.sql("select id from org_unit where code = '00256' and valid_to = date '2025-06-30'")
			.query(Long.class).single();
		SystemUser.run(() -> accounts.createInitial("quy.ngayluong", IntegrationTest.DEMO_PASSWORD, Role.OFFICER, ward,
				null, false));
		officer = accounts.principal("quy.ngayluong").orElseThrow();
		long fund = SystemUser.call(() -> funds.create(ward, "Quỹ thử ngày lương", FundKind.FOR_THE_POOR, null, null).id());
		drive22 = SystemUser.call(() -> drives.open(fund, drive(null)).id());
		drive26 = SystemUser.call(() -> drives.open(fund, drive(26)).id());
	}

	private static Drives.DriveDraft drive(Integer divisor) {
		return new Drives.DriveDraft("Ủng hộ một ngày lương" + (divisor == null ? "" : " (" + divisor + " ngày công)"), null,
				LocalDate.of(2023, 8, 1), LocalDate.of(2023, 9, 30), null, Set.of(Channel.BANK), "Mỗi cán bộ một ngày lương",
				divisor, "Tỉnh Điện Biên");
	}

	@Test
	void eachSalaryIsDividedByTheDrivesDivisorAndRoundedHalfUpToTheDong() {
		assertThat(DayWage.of(10_000_000, 22)).isEqualTo(454_545); // 454 545,45
		assertThat(DayWage.of(4_680_005, 22)).isEqualTo(212_728); // 212 727,5 → up
		assertThat(DayWage.of(5_000_000, 22)).isEqualTo(227_273); // 227 272,73
		assertThat(DayWage.of(10_000_000, 26)).isEqualTo(384_615); // 384 615,38
		assertThat(DayWage.of(2_340_013, 26)).isEqualTo(90_001); // 90 000,5 → up
		assertThat(DayWage.of(7_800_000, 26)).isEqualTo(300_000);
	}

	@Test
	void aStaffListGivesEachPersonsDayWageTheTotalAndItsBadRows() {
		DayWage.Sheet sheet = SeedFixture.as(officer, () -> dayWage.compute(drive22, "van-phong.csv", utf8(STAFF)));
		assertThat(sheet.divisor()).isEqualTo(22);
		assertThat(sheet.people()).extracting(DayWage.Person::row, DayWage.Person::name, DayWage.Person::salary,
				DayWage.Person::dayWage)
			.containsExactly(tuple(2, "Nguyễn Văn Mười", 10_000_000L, 454_545L), tuple(3, "Trần Thị Nửa", 4_680_005L, 212_728L),
					tuple(4, "Lê Văn Tròn", 6_600_000L, 300_000L));
		assertThat(sheet.total()).isEqualTo(967_273L);
		assertThat(sheet.problems()).extracting(DayWage.Problem::row, DayWage.Problem::column, DayWage.Problem::messageKey)
			.containsExactly(tuple(5, "Lương tháng", "fund.wage.error.salary"), tuple(6, "Họ và tên", "fund.wage.error.name"));

		DayWage.Sheet by26 = SeedFixture.as(officer, () -> dayWage.compute(drive26, "van-phong.csv", utf8(STAFF)));
		assertThat(by26.people()).extracting(DayWage.Person::dayWage).containsExactly(384_615L, 180_000L, 253_846L);
		assertThat(by26.total()).isEqualTo(818_461L);
	}

	@Test
	void thePageShowsTheDivisorAndTheTotalAndDownloadsTheSheetAsXlsx() throws Exception {
		mvc.perform(multipart("/drives/" + drive22 + "/day-wage")
			.file(new MockMultipartFile("file", "van-phong.csv", "text/csv", utf8(STAFF)))
			.with(csrf()).with(authentication(SeedFixture.authentication(officer))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("lương tháng ÷ 22")))
			.andExpect(content().string(containsString("967.273 đ")))
			.andExpect(content().string(containsString("“12,5”")))
			.andExpect(content().string(containsString("value=\"Trần Thị Nửa\"")));
		MvcResult download = mvc.perform(post("/drives/" + drive26 + "/day-wage").param("format", "xlsx")
			.param("row", "2", "3").param("name", "Nguyễn Văn Mười, Trưởng phòng", "Trần Thị Nửa")
			.param("salary", "10000000", "2340013")
			.with(csrf()).with(authentication(SeedFixture.authentication(officer))))
			.andExpect(status().isOk())
			.andReturn();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(download.getResponse().getContentAsByteArray()))) {
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getRow(3).getCell(1).getStringCellValue()).isEqualTo("Nguyễn Văn Mười, Trưởng phòng");
			assertThat(sheet.getRow(3).getCell(3).getNumericCellValue()).isEqualTo(384_615d);
			assertThat(sheet.getRow(4).getCell(3).getNumericCellValue()).isEqualTo(90_001d);
			assertThat(sheet.getRow(5).getCell(3).getNumericCellValue()).isEqualTo(474_616d);
		}
	}

	private static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}
}
