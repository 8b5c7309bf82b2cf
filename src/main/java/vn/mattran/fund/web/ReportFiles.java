package vn.mattran.fund.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.web.util.HtmlUtils;
import vn.mattran.shared.format.Formats;
import vn.mattran.shared.print.Pdf;
import vn.mattran.shared.tabular.SafeCells;

/**
 * Report tables as files: an XLSX whose amounts are numbers (format #,##0, so they add up in Excel)
 * and whose text never runs as a formula, and a PDF in the decree's face with the amounts grouped
 * and a closing line spelled out in words.
 */
final class ReportFiles {

	private ReportFiles() {
	}

	/** The cell styles of one workbook. */
	private record Styles(CellStyle bold, CellStyle amount, CellStyle boldAmount, CellStyle quoted) {

		static Styles of(XSSFWorkbook book) {
			Font font = book.createFont();
			font.setBold(true);
			CellStyle bold = book.createCellStyle();
			bold.setFont(font);
			CellStyle amount = book.createCellStyle();
			amount.setDataFormat(book.createDataFormat().getFormat("#,##0"));
			CellStyle boldAmount = book.createCellStyle();
			boldAmount.cloneStyleFrom(amount);
			boldAmount.setFont(font);
			// Text that would run as a formula is kept as the text it is (the cell shows it as typed).
			CellStyle quoted = book.createCellStyle();
			quoted.setQuotePrefixed(true);
			return new Styles(bold, amount, boldAmount, quoted);
		}
	}

	static byte[] xlsx(String title, String subtitle, List<ReportTable> tables) {
		try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = book.createSheet((title.length() > 31 ? title.substring(0, 31) : title)
				.replaceAll("[\\\\/?*\\[\\]:']", " "));
			Styles styles = Styles.of(book);
			int r = 0;
			text(sheet.createRow(r++), 0, title, styles.bold(), styles);
			text(sheet.createRow(r++), 0, subtitle, null, styles);
			int widest = 1;
			for (ReportTable table : tables) {
				r++;
				text(sheet.createRow(r++), 0, table.title(), styles.bold(), styles);
				Row head = sheet.createRow(r++);
				for (int c = 0; c < table.headers().size(); c++) {
					text(head, c, table.headers().get(c), styles.bold(), styles);
				}
				widest = Math.max(widest, table.headers().size());
				for (int i = 0; i < table.rows().size(); i++) {
					boolean total = table.lastRowIsTotal() && i == table.rows().size() - 1;
					row(sheet.createRow(r++), table.rows().get(i), total, styles);
				}
			}
			for (int c = 0; c < widest; c++) {
				sheet.setColumnWidth(c, c == 0 ? 14 * 256 : 24 * 256);
			}
			book.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException("Could not write the report", e);
		}
	}

	private static void row(Row row, List<Object> cells, boolean total, Styles styles) {
		for (int c = 0; c < cells.size(); c++) {
			Object value = cells.get(c);
			if (value instanceof ReportTable.Money money) {
				Cell cell = row.createCell(c);
				cell.setCellValue(money.dong());
				cell.setCellStyle(total ? styles.boldAmount() : styles.amount());
			}
			else if (value instanceof ReportTable.Count count) {
				row.createCell(c).setCellValue(count.value());
			}
			else {
				text(row, c, value == null ? "" : value.toString(), total ? styles.bold() : null, styles);
			}
		}
	}

	static byte[] pdf(String title, String subtitle, List<ReportTable> tables, String closing) {
		StringBuilder html = new StringBuilder("""
				<html><head><style>
				@page { size: A4 landscape; margin: 15mm; }
				body { font-family: '%s'; font-size: 11pt; }
				h1 { font-size: 14pt; text-align: center; margin: 0; } p.sub { text-align: center; margin: 2pt 0 8pt; }
				h2 { font-size: 12pt; margin: 10pt 0 4pt; }
				table { width: 100%%; border-collapse: collapse; -fs-table-paginate: paginate; }
				th, td { border: 0.5pt solid #444; padding: 2pt 4pt; vertical-align: top; }
				th { background: #eee; } td.n { text-align: right; white-space: nowrap; } tr.total td { font-weight: bold; }
				p.closing { margin-top: 10pt; font-style: italic; }
				</style></head><body>
				""".formatted(Pdf.FAMILY));
		html.append("<h1>").append(escape(title)).append("</h1><p class=\"sub\">").append(escape(subtitle)).append("</p>");
		for (ReportTable table : tables) {
			html.append("<h2>").append(escape(table.title())).append("</h2><table><thead><tr>");
			table.headers().forEach(h -> html.append("<th>").append(escape(h)).append("</th>"));
			html.append("</tr></thead><tbody>");
			for (int i = 0; i < table.rows().size(); i++) {
				boolean total = table.lastRowIsTotal() && i == table.rows().size() - 1;
				html.append(total ? "<tr class=\"total\">" : "<tr>");
				for (Object cell : table.rows().get(i)) {
					html.append(ReportTable.numeric(cell) ? "<td class=\"n\">" : "<td>").append(escape(shown(cell)))
						.append("</td>");
				}
				html.append("</tr>");
			}
			html.append("</tbody></table>");
		}
		if (closing != null) {
			html.append("<p class=\"closing\">").append(escape(closing)).append("</p>");
		}
		return Pdf.render(html.append("</body></html>").toString());
	}

	/** A cell as the page and the PDF show it: 50.000.000 đ, 1.234, or the text. */
	static String shown(Object cell) {
		if (cell instanceof ReportTable.Money money) {
			return Formats.money(money.dong());
		}
		if (cell instanceof ReportTable.Count count) {
			return Formats.number(count.value());
		}
		return cell == null ? "" : cell.toString();
	}

	private static void text(Row row, int column, String value, CellStyle style, Styles styles) {
		Cell cell = row.createCell(column);
		cell.setCellValue(value);
		if (SafeCells.dangerous(value)) {
			cell.setCellStyle(styles.quoted());
		}
		else if (style != null) {
			cell.setCellStyle(style);
		}
	}

	private static String escape(String text) {
		return HtmlUtils.htmlEscape(text == null ? "" : text, "UTF-8");
	}
}
