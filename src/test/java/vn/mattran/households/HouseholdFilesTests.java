package vn.mattran.households;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.mattran.HouseholdFixture;
import vn.mattran.IntegrationTest;
import vn.mattran.SeedFixture;
import vn.mattran.households.internal.HouseholdColumns;
import vn.mattran.households.internal.HouseholdDraft;
import vn.mattran.households.internal.HouseholdExport;
import vn.mattran.households.internal.HouseholdFilter;
import vn.mattran.households.internal.HouseholdImport;
import vn.mattran.households.internal.Registry;
import vn.mattran.organization.internal.accounts.UserAccounts;
import vn.mattran.shared.error.UserFacingException;
import vn.mattran.shared.jobs.Job;
import vn.mattran.shared.jobs.Jobs;
import vn.mattran.shared.security.MattranUser;
import vn.mattran.shared.security.Role;
import vn.mattran.shared.security.SystemUser;
import vn.mattran.shared.tabular.TabularReader;
import vn.mattran.shared.web.PageRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The ward's Excel list in and out: a file with bad rows is shown row by row and stores nothing
 * unless only the good rows are asked for; the export is the import's layout, masks ID numbers by
 * default and never lets a cell run as a formula.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HouseholdFilesTests {

	@Autowired
	HouseholdImport imports;
	@Autowired
	HouseholdExport export;
	@Autowired
	Registry registry;
	@Autowired
	UserAccounts accounts;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	Jobs jobs;

	MattranUser officer;
	MattranUser colleague;
	MattranUser admin;
	long ward;
	long groupFive;

	@BeforeAll
	void users() {
		ward = jdbc.sql("select id from org_unit where code = '00256' and valid_to = date '2025-06-30'").query(Long.class)
			.single();
		groupFive = jdbc.sql("select id from org_unit where parent_id = ? and name = 'Tổ dân phố số 5'").params(ward)
			.query(Long.class).single();
		SystemUser.run(() -> accounts.createInitial("hh.nhap", IntegrationTest.DEMO_PASSWORD, Role.OFFICER, ward, null,
				false));
		SystemUser.run(() -> accounts.createInitial("hh.dongnghiep", IntegrationTest.DEMO_PASSWORD, Role.OFFICER, ward,
				null, false));
		SystemUser.run(() -> accounts.createInitial("hh.quantri", IntegrationTest.DEMO_PASSWORD, Role.UNIT_ADMIN, ward,
				null, false));
		officer = accounts.principal("hh.nhap").orElseThrow();
		admin = accounts.principal("hh.quantri").orElseThrow();
		colleague = accounts.principal("hh.dongnghiep").orElseThrow();
	}

	@Test
	void aListWithBadRowsIsShownRowByRowAndStoresNothingUnlessOnlyTheGoodRowsAreAskedFor() throws IOException {
		as(officer, () -> registry.create(new HouseholdDraft(groupFive, null, null, List.of(new Member(null,
				"Mai Văn Cũ", "M", 1950, null, Member.HEAD, null, null, true, null)), 2024, Set.of(Classification.POOR),
				List.of()), true));
		byte[] file = xlsx(List.of(
				List.of("STT", "Họ tên chủ hộ", "Năm sinh", "Số CMND/CCCD", "Tổ dân phố", "Diện hộ", "Nhu cầu"),
				List.of("1", "Mai Văn Nhập", "1961", "001061777001", "Tổ 3", "Hộ nghèo", ""),
				List.of("2", "Mai Thị Sai", "1970", "12345", "Tổ 3", "Cận nghèo", ""),
				List.of("3", "Mai Văn Lạc", "1972", "", "Tổ 99", "Hộ nghèo", ""),
				List.of("4", "Mai Văn Giàu", "1980", "", "Tổ 4", "Giàu có", ""),
				List.of("5", "Mai Văn Nhập", "1961", "", "TDP số 3", "Hộ nghèo", ""),
				List.of("6", "Mai Van Cu", "1950", "", "Tổ dân phố số 5", "Hộ nghèo", ""),
				List.of("7", "Mai Thị Đúng", "12/03/1975", "", "TDP số 6", "HCĐBKK; Gia đình chính sách", "Sửa nhà"),
				List.of("8", "Mai Văn Ngày", "32/13/1970", "", "Tổ 6", "Hộ nghèo", "")));
		long upload = as(officer, () -> imports.upload(ward, 2024, "ds-ho-ngheo.xlsx", file)).id();
		HouseholdImport.Preview preview = as(officer, () -> imports.preview(upload));
		assertThat(preview.problems()).extracting(HouseholdImport.Problem::row, HouseholdImport.Problem::column,
				HouseholdImport.Problem::messageKey)
			.containsExactly(tuple(3, "Số CMND/CCCD", "household.error.citizenId"),
					tuple(4, "Tổ dân phố", "import.error.areaUnknown"),
					tuple(5, "Diện hộ", "import.error.classification"),
					tuple(6, "Họ tên chủ hộ", "import.error.sameAsRow"),
					tuple(7, "Họ tên chủ hộ", "import.error.registered"),
					tuple(9, "Năm sinh", "import.error.birth"));
		assertThat(preview.good()).extracting(HouseholdImport.Good::row, HouseholdImport.Good::areaName)
			.containsExactly(tuple(2, "Tổ dân phố số 3"), tuple(8, "Tổ dân phố số 6"));

		long before = count("mai");
		assertThatThrownBy(() -> as(officer, () -> imports.commit(upload, false)))
			.isInstanceOfSatisfying(UserFacingException.class,
					e -> assertThat(e.messageKey()).isEqualTo("import.error.hasProblems"));
		assertThat(count("mai")).as("nothing stored from a file with errors").isEqualTo(before);
		assertThatThrownBy(() -> as(colleague, () -> imports.preview(upload))).as("an upload is its uploader's")
			.isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.status()).isEqualTo(403));

		Job job = finished(as(officer, () -> imports.commit(upload, true)).id());
		assertThat(job.status()).isEqualTo(Job.Status.DONE);
		assertThat(job.done()).isEqualTo(2);
		assertThat(job.resultLink()).isEqualTo("/households?sort=newest");
		assertThat(count("mai")).isEqualTo(before + 2);
		HouseholdSummary right = as(officer, () -> registry.search(new HouseholdFilter("mai thi dung", null, null, null,
				null), new PageRequest(0, 5))).items().get(0);
		assertThat(right.classifications()).containsExactlyInAnyOrder(Classification.SPECIAL_HARDSHIP,
				Classification.POLICY_FAMILY);
		assertThat(right.currentYear()).isEqualTo(2024);
		assertThat(as(officer, () -> registry.needs(right.id()))).extracting(Need::kind)
			.containsExactly(SupportKind.HOUSE_REPAIR);
		assertThatThrownBy(() -> as(officer, () -> imports.commit(upload, true)))
			.isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.status()).isEqualTo(409));
	}

	@Test
	void aBigListIsStoredInTheBackgroundAndAfterACrashGoesOnFromItsLastStoredStep() {
		StringBuilder csv = new StringBuilder("Họ và tên chủ hộ;Năm sinh;Thôn/Tổ;Phân loại\n");
		for (int i = 0; i < 250; i++) {
			csv.append("Kiều Văn Số ").append(i).append(";").append(1950 + i % 40).append(";Tổ ").append(1 + i % 9)
				.append(";Cận nghèo\n");
		}
		long upload = as(officer, () -> imports.upload(ward, 2024, "lon.csv", csv.toString()
			.getBytes(StandardCharsets.UTF_8))).id();
		long jobId = as(officer, () -> imports.commit(upload, false)).id();
		Job job = finished(jobId);
		assertThat(job.status()).isEqualTo(Job.Status.DONE);
		assertThat(job.total()).isEqualTo(250);
		assertThat(count("kieu")).isEqualTo(250);

		long second = as(officer, () -> imports.upload(ward, 2024, "tiep.csv",
				"Họ và tên chủ hộ;Năm sinh;Thôn/Tổ;Phân loại\nLục Văn Một;1961;Tổ 1;Hộ nghèo\nLục Văn Hai;1962;Tổ 2;Hộ nghèo\nLục Văn Ba;1963;Tổ 3;Hộ nghèo\n"
					.getBytes(StandardCharsets.UTF_8))).id();
		long crashed = jdbc.sql("""
				insert into shared_job (kind, owner_id, owner_name, unit_path, title, payload, status, done, total,
				                        attempts, heartbeat_at)
				select 'household-import', ?, 'hh.nhap', unit_path, 'Nhập tiep.csv', ?, 'RUNNING', 1, 3, 1,
				       now() - interval '5 minutes'
				from hh_import where id = ? returning id
				""").params(officer.id(), String.valueOf(second), second).query(Long.class).single();
		jdbc.sql("update hh_import set job_id = ?, good_rows = '{2,3,4}' where id = ?").params(crashed, second).update();
		Job resumed = finished(crashed);
		assertThat(resumed.status()).isEqualTo(Job.Status.DONE);
		assertThat(count("luc")).as("the first row was stored before the crash: the job goes on from the second")
			.isEqualTo(2);
	}

	@Test
	void columnsWithUnusualHeadersAreMappedByTheUser() {
		byte[] csv = "Tên người đứng đầu hộ;Sinh năm;Địa bàn dân cư;Loại\nĐào Văn Cột;1966;Tổ 7;Cận nghèo\n"
			.getBytes(StandardCharsets.UTF_8);
		long upload = as(officer, () -> imports.upload(ward, 2024, "ds.csv", csv)).id();
		HouseholdImport.Preview first = as(officer, () -> imports.preview(upload));
		assertThat(first.problems()).extracting(HouseholdImport.Problem::messageKey).contains("import.error.columnMissing");
		assertThat(first.good()).isEmpty();
		Map<HouseholdColumns, Integer> mapping = new EnumMap<>(HouseholdColumns.class);
		mapping.put(HouseholdColumns.HEAD, 0);
		mapping.put(HouseholdColumns.BIRTH, 1);
		mapping.put(HouseholdColumns.AREA, 2);
		mapping.put(HouseholdColumns.CLASSIFICATION, 3);
		as(officer, () -> imports.map(upload, mapping));
		HouseholdImport.Preview second = as(officer, () -> imports.preview(upload));
		assertThat(second.clean()).isTrue();
		assertThat(second.good()).singleElement().satisfies(g -> {
			assertThat(g.draft().kinds()).containsExactly(Classification.NEAR_POOR);
			assertThat(g.areaName()).isEqualTo("Tổ dân phố số 7");
		});
	}

	@Test
	void anUploadNobodyImportedIsForgottenAfterAWeek() {
		long upload = as(officer, () -> imports.upload(ward, 2024, "bo-quen.csv", HouseholdFixture.csv())).id();
		jdbc.sql("update hh_import set created_at = now() - interval '8 days' where id = ?").params(upload).update();
		imports.forgetOldUploads();
		assertThat(jdbc.sql("select length(content) from hh_import where id = ?").params(upload).query(Integer.class)
			.single()).isZero();
		assertThatThrownBy(() -> as(officer, () -> imports.preview(upload)))
			.isInstanceOfSatisfying(UserFacingException.class, e -> {
				assertThat(e.messageKey()).isEqualTo("import.error.expired");
				assertThat(e.args()).contains("bo-quen.csv");
			});
	}

	@Test
	void whatIsNotASpreadsheetIsRefusedWithItsName() {
		byte[] pdf = "%PDF-1.7\n...".getBytes(StandardCharsets.US_ASCII);
		assertThatThrownBy(() -> as(officer, () -> imports.upload(ward, 2024, "sao-ke.pdf", pdf)))
			.isInstanceOfSatisfying(UserFacingException.class, e -> {
				assertThat(e.messageKey()).isEqualTo("tabular.notSpreadsheet");
				assertThat(e.args()).contains("sao-ke.pdf");
			});
	}

	@Test
	void theExportIsTheImportsLayoutMasksIdsAndNeverRunsAFormula() throws IOException {
		String formula = "=HYPERLINK(\"http://example.invalid/\",\"Bấm vào\")";
		as(officer, () -> registry.create(new HouseholdDraft(groupFive, "@SUM(1+1)", "+84 chuyển đi", List.of(
				new Member(null, formula, "M", 1971, null, Member.HEAD, "001071888001", null, true, null)), 2024,
				Set.of(Classification.OTHER), List.of()), true));

		byte[] xlsx = as(officer, () -> export.export(groupFive, HouseholdExport.Format.XLSX, false));
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = workbook.getSheetAt(0);
			List<String> header = new ArrayList<>();
			sheet.getRow(0).forEach(cell -> header.add(cell.getStringCellValue()));
			assertThat(HouseholdColumns.guess(header)).as("the export's headers are the import's")
				.hasSize(HouseholdColumns.values().length);
			Row row = findRow(sheet, formula);
			for (Cell cell : row) {
				assertThat(cell.getCellType()).as("no cell is a formula").isEqualTo(CellType.STRING);
			}
			Cell head = row.getCell(header.indexOf("Họ và tên chủ hộ"));
			assertThat(head.getCellStyle().getQuotePrefixed()).as("a text cell that looks like a formula").isTrue();
			assertThat(row.getCell(header.indexOf("Địa chỉ")).getCellStyle().getQuotePrefixed()).isTrue();
			assertThat(row.getCell(header.indexOf("Số CCCD")).getStringCellValue()).isEqualTo("•••••••••001");
		}
		assertThatThrownBy(() -> as(officer, () -> export.export(groupFive, HouseholdExport.Format.CSV, true)))
			.as("ID numbers in full are for a unit administrator").isInstanceOfSatisfying(UserFacingException.class,
					e -> assertThat(e.status()).isEqualTo(403));
		String csv = new String(as(admin, () -> export.export(groupFive, HouseholdExport.Format.CSV, true)),
				StandardCharsets.UTF_8);
		assertThat(csv).contains("'=HYPERLINK").contains("'@SUM(1+1)").contains("001071888001")
			.doesNotContain(",=HYPERLINK");
		assertThat(TabularReader.read("xuat.csv", csv.getBytes(StandardCharsets.UTF_8)).header())
			.contains("Họ và tên chủ hộ", "Số CCCD", "Thôn/Tổ", "Phân loại");
		assertThat(jdbc.sql("select count(*) from shared_audit_log where actor_name = 'hh.quantri' and action = 'VIEW'"
				+ " and summary like 'Xuất danh sách%kèm số CCCD đầy đủ%'").query(Long.class).single()).isEqualTo(1);
	}

	/** Waits for the background runner to finish the job (it polls every half second). */
	private Job finished(long id) {
		long until = System.currentTimeMillis() + 60_000;
		Job job = as(officer, () -> jobs.get(id));
		while (!job.finished() && System.currentTimeMillis() < until) {
			try {
				Thread.sleep(200);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new AssertionError(e);
			}
			job = as(officer, () -> jobs.get(id));
		}
		assertThat(job.finished()).as("job " + id + " finished within a minute").isTrue();
		return job;
	}

	private static Row findRow(Sheet sheet, String text) {
		for (Row row : sheet) {
			for (Cell cell : row) {
				if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(text)) {
					return row;
				}
			}
		}
		throw new AssertionError("no row with " + text);
	}

	private long count(String folded) {
		return jdbc.sql("select count(*) from hh_household where head_folded like ?").params(folded + " %")
			.query(Long.class).single();
	}

	private static byte[] xlsx(List<List<String>> rows) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("DS");
			for (int r = 0; r < rows.size(); r++) {
				Row row = sheet.createRow(r);
				for (int c = 0; c < rows.get(r).size(); c++) {
					row.createCell(c).setCellValue(rows.get(r).get(c));
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
	}

	private static <T> T as(MattranUser user, Supplier<T> work) {
		return SeedFixture.as(user, work);
	}
}
