package vn.mattran.organization.internal.units;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.mattran.IntegrationTest;
import vn.mattran.SeedFixture;
import vn.mattran.organization.Unit;
import vn.mattran.organization.internal.accounts.UserAccounts;
import vn.mattran.shared.security.MattranUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Import of units from a file: every bad row named, nothing stored from a bad file, everything from a good one. */
@IntegrationTest
class UnitImportTests {

	private static final LocalDate Y2023 = LocalDate.of(2023, 6, 1);

	@Autowired
	UnitImport unitImport;
	@Autowired
	UserAccounts accounts;
	@Autowired
	JdbcClient jdbc;

	@Test
	void reportsEveryBadRowAndStoresNothing() {
		String csv = """
				Mã,Tên,Cấp,Mã cấp trên,Hiệu lực từ
				,Thôn Đăk Xú,thôn,23392,
				,Thôn Chưa Có Cha,thôn,99999,
				,,thôn,23392,
				,Thôn Cấp Lạ,làng xóm,23392,
				KT-01,Thôn Ngày Sai,thôn,23392,31/02/2023
				,Thôn Ngoài Phạm Vi,thôn,00256,
				""";
		long before = units();
		UnitImport.Result result = as("kontum", () -> unitImport.importFile("thon.csv", utf8(csv), Y2023));
		assertThat(result.ok()).isFalse();
		assertThat(result.problems()).extracting(UnitImport.Problem::row, UnitImport.Problem::column,
				UnitImport.Problem::messageKey)
			.containsExactly(tuple(3, "Mã cấp trên", "import.error.noParent"),
					tuple(4, "Tên", "unit.error.nameRequired"),
					tuple(5, "Cấp", "import.error.level"),
					tuple(6, "Hiệu lực từ", "import.error.date"),
					tuple(7, "Mã cấp trên", "error.outOfScope"));
		assertThat(units()).as("a file with errors stores nothing, not even its good rows").isEqualTo(before);
	}

	@Test
	void aParentOutsideTheScopeIsABadRow() {
		String csv = "Mã,Tên,Cấp,Mã cấp trên\n,Tổ dân phố số 99,tổ dân phố,00256\n";
		UnitImport.Result result = as("kontum", () -> unitImport.importFile("to.csv", utf8(csv), LocalDate.of(2024, 10, 1)));
		assertThat(result.problems()).singleElement()
			.satisfies(problem -> assertThat(problem.messageKey()).isEqualTo("error.outOfScope"));
	}

	@Test
	void aGoodXlsxFileAddsEveryRowWithParentsFromTheSameFile() throws IOException {
		byte[] xlsx = xlsx(new String[][] { { "Mã đơn vị", "Tên đơn vị", "Cấp", "Mã đơn vị cấp trên" },
				{ "KP-9", "Thôn Kon Plong Mới", "4", "23461" }, { "", "Thôn Giữa", "thôn", "23990" },
				{ "23990", "Xã Đắk Mới", "Xã", "613" } });
		long before = units();
		UnitImport.Result result = as("kontum", () -> unitImport.importFile("thon.xlsx", xlsx, Y2023));
		assertThat(result.problems()).isEmpty();
		assertThat(result.created()).extracting(Unit::name)
			.containsExactlyInAnyOrder("Thôn Kon Plong Mới", "Thôn Giữa", "Xã Đắk Mới");
		assertThat(result.created()).filteredOn(unit -> unit.name().equals("Thôn Giữa")).singleElement()
			.satisfies(unit -> assertThat(unit.parentCode()).as("parent from a later row").isEqualTo("23990"));
		assertThat(units()).isEqualTo(before + 3);
	}

	@Test
	void aFileWithoutTheColumnsSaysWhichAreMissing() {
		UnitImport.Result result = as("kontum", () -> unitImport.importFile("x.csv", utf8("Tên,Ghi chú\nThôn A,\n"), Y2023));
		assertThat(result.problems()).singleElement().satisfies(problem -> {
			assertThat(problem.messageKey()).isEqualTo("import.error.missingColumns");
			assertThat(problem.args()[0]).isEqualTo("Mã, Cấp, Mã cấp trên");
		});
	}

	private <T> T as(String username, java.util.function.Supplier<T> work) {
		MattranUser user = accounts.principal(username).orElseThrow();
		return SeedFixture.as(user, work);
	}

	private long units() {
		return jdbc.sql("select count(*) from org_unit").query(Long.class).single();
	}

	private static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	private static byte[] xlsx(String[][] rows) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			var sheet = workbook.createSheet();
			for (int r = 0; r < rows.length; r++) {
				var row = sheet.createRow(r);
				for (int c = 0; c < rows[r].length; c++) {
					row.createCell(c).setCellValue(rows[r][c]);
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
	}
}
