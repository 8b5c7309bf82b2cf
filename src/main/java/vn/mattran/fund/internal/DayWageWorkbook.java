package vn.mattran.fund.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;
import vn.mattran.shared.tabular.SafeCells;
import vn.mattran.shared.web.Messages;

/** The day's wages of a staff list as an XLSX sheet: one row a person, amounts as numbers, the total below. */
@Component
public class DayWageWorkbook {

	private final Messages messages;

	DayWageWorkbook(Messages messages) {
		this.messages = messages;
	}

	public byte[] xlsx(DayWage.Sheet result) {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Sheet sheet = workbook.createSheet(messages.get("fund.wage.sheet"));
			CellStyle bold = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			CellStyle money = workbook.createCellStyle();
			money.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
			CellStyle asText = workbook.createCellStyle();
			asText.setQuotePrefixed(true);
			Row title = sheet.createRow(0);
			title.createCell(0).setCellValue(messages.get("fund.wage.sheetTitle", result.drive().title(),
					result.divisor()));
			title.getCell(0).setCellStyle(bold);
			Row header = sheet.createRow(2);
			String[] headers = { messages.get("fund.wage.number"), messages.get("fund.wage.name"),
					messages.get("fund.wage.salary"), messages.get("fund.wage.dayWage", result.divisor()) };
			for (int c = 0; c < headers.length; c++) {
				header.createCell(c).setCellValue(headers[c]);
				header.getCell(c).setCellStyle(bold);
			}
			int r = 3;
			for (DayWage.Person person : result.people()) {
				Row row = sheet.createRow(r);
				row.createCell(0).setCellValue(r - 2);
				row.createCell(1).setCellValue(person.name());
				if (SafeCells.dangerous(person.name())) {
					row.getCell(1).setCellStyle(asText);
				}
				row.createCell(2).setCellValue(person.salary());
				row.getCell(2).setCellStyle(money);
				row.createCell(3).setCellValue(person.dayWage());
				row.getCell(3).setCellStyle(money);
				r++;
			}
			Row total = sheet.createRow(r);
			total.createCell(1).setCellValue(messages.get("fund.wage.total"));
			total.getCell(1).setCellStyle(bold);
			total.createCell(3).setCellValue(result.total());
			total.getCell(3).setCellStyle(money);
			int[] widths = { 6, 36, 18, 18 };
			for (int c = 0; c < widths.length; c++) {
				sheet.setColumnWidth(c, widths[c] * 256);
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
