package vn.mattran.shared.tabular;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.mattran.shared.error.UserFacingException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TabularReaderTests {

	@Test
	void readsCsvWithBomAndSemicolons() {
		byte[] csv = "\uFEFFMã;Tên;Cấp;Mã cấp trên\n;Thôn Hòa Bình;thôn;23392\n\n;\"Thôn 2; mới\";4;23497\n"
			.getBytes(StandardCharsets.UTF_8);
		TabularFile file = TabularReader.read("thon.csv", csv);
		assertThat(file.header()).containsExactly("Mã", "Tên", "Cấp", "Mã cấp trên");
		assertThat(file.rows()).extracting(TabularRow::number).containsExactly(2, 4);
		assertThat(file.rows().get(1).cell(1)).isEqualTo("Thôn 2; mới");
	}

	@Test
	void readsTheFirstSheetOfXlsxKeepingLeadingZerosAndDates() throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			var sheet = workbook.createSheet("Đơn vị");
			var header = sheet.createRow(0);
			header.createCell(0).setCellValue("Mã");
			header.createCell(1).setCellValue("Hiệu lực từ");
			var row = sheet.createRow(1);
			row.createCell(0).setCellValue("00256");
			var date = row.createCell(1);
			date.setCellValue(LocalDate.of(2025, 7, 1));
			var style = workbook.createCellStyle();
			style.setDataFormat((short) 14);
			date.setCellStyle(style);
			workbook.write(out);
			TabularFile file = TabularReader.read("units.xlsx", out.toByteArray());
			assertThat(file.rows()).singleElement().satisfies(r -> {
				assertThat(r.number()).isEqualTo(2);
				assertThat(r.cell(0)).isEqualTo("00256");
				assertThat(r.cell(1)).isEqualTo("2025-07-01");
			});
		}
	}

	@Test
	void refusesWhatIsNotASpreadsheetSayingWhatItIs() {
		assertThatThrownBy(() -> TabularReader.read("empty.csv", new byte[0]))
			.isInstanceOf(UserFacingException.class).hasMessageContaining("tabular.empty");
		assertThatThrownBy(() -> TabularReader.read("scan.pdf", "%PDF-1.7 ...".getBytes(StandardCharsets.US_ASCII)))
			.isInstanceOf(UserFacingException.class).hasMessageContaining("tabular.notSpreadsheet");
		assertThatThrownBy(() -> TabularReader.read("broken.xlsx", new byte[] { 'P', 'K', 3, 4, 1, 2, 3 }))
			.isInstanceOf(UserFacingException.class).hasMessageContaining("tabular.brokenXlsx");
		assertThatThrownBy(() -> TabularReader.read("old.xls", new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0 }))
			.isInstanceOf(UserFacingException.class).hasMessageContaining("tabular.oldExcelOrEncrypted");
		assertThatThrownBy(() -> TabularReader.read("latin1.csv", new byte[] { 'T', (byte) 0xEA, 'n', '\n' }))
			.isInstanceOf(UserFacingException.class).hasMessageContaining("tabular.notUtf8");
	}
}
