package vn.mattran.shared.tabular;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.mattran.shared.error.UserFacingException;
import vn.mattran.shared.text.VietnameseText;

/**
 * Reads the first sheet of an XLSX file, or a CSV file (UTF-8, comma or semicolon), into rows. The
 * kind is decided by the content, not the file name; anything else is refused with a message that
 * says what the file is and what was expected.
 */
public final class TabularReader {

	public static final int MAX_ROWS = 200_000;
	private static final byte[] ZIP = { 'P', 'K', 3, 4 };
	private static final byte[] OLE2 = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0 };
	private static final byte[] PDF = { '%', 'P', 'D', 'F' };

	private TabularReader() {
	}

	public static TabularFile read(String name, byte[] content) {
		if (content.length == 0) {
			throw UserFacingException.invalid("tabular.empty", name);
		}
		List<List<String>> lines;
		if (startsWith(content, ZIP)) {
			lines = readXlsx(name, content);
		}
		else if (startsWith(content, OLE2)) {
			throw UserFacingException.invalid("tabular.oldExcelOrEncrypted", name);
		}
		else if (startsWith(content, PDF)) {
			throw UserFacingException.invalid("tabular.notSpreadsheet", name, "PDF");
		}
		else {
			lines = readCsv(name, content);
		}
		return toFile(name, lines);
	}

	private static TabularFile toFile(String name, List<List<String>> lines) {
		int headerIndex = 0;
		while (headerIndex < lines.size() && lines.get(headerIndex).stream().allMatch(String::isBlank)) {
			headerIndex++;
		}
		if (headerIndex == lines.size()) {
			throw UserFacingException.invalid("tabular.noHeader", name);
		}
		List<String> header = lines.get(headerIndex).stream().map(VietnameseText::clean).toList();
		List<TabularRow> rows = new ArrayList<>();
		for (int i = headerIndex + 1; i < lines.size(); i++) {
			TabularRow row = new TabularRow(i + 1, lines.get(i).stream().map(VietnameseText::clean).toList());
			if (!row.blank()) {
				rows.add(row);
			}
		}
		if (rows.size() > MAX_ROWS) {
			throw UserFacingException.invalid("tabular.tooManyRows", name, rows.size(), MAX_ROWS);
		}
		return new TabularFile(name, header, rows);
	}

	private static List<List<String>> readXlsx(String name, byte[] content) {
		try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
			if (workbook.getNumberOfSheets() == 0) {
				throw UserFacingException.invalid("tabular.noHeader", name);
			}
			Sheet sheet = workbook.getSheetAt(0);
			DataFormatter formatter = new DataFormatter();
			List<List<String>> lines = new ArrayList<>();
			for (int r = 0; r <= sheet.getLastRowNum(); r++) {
				Row row = sheet.getRow(r);
				List<String> cells = new ArrayList<>();
				if (row != null) {
					for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
						Cell cell = row.getCell(c);
						cells.add(text(cell, formatter));
					}
				}
				lines.add(cells);
				if (lines.size() > MAX_ROWS + 1) {
					throw UserFacingException.invalid("tabular.tooManyRows", name, sheet.getLastRowNum(), MAX_ROWS);
				}
			}
			return lines;
		}
		catch (EncryptedDocumentException e) {
			throw UserFacingException.invalid("tabular.oldExcelOrEncrypted", name);
		}
		catch (IOException | RuntimeException e) {
			if (e instanceof UserFacingException refusal) {
				throw refusal;
			}
			throw UserFacingException.invalid("tabular.brokenXlsx", name);
		}
	}

	/** Dates as ISO text, whatever format the sheet shows them in (m/d/yy would be ambiguous). */
	private static String text(Cell cell, DataFormatter formatter) {
		if (cell == null) {
			return "";
		}
		if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
			return cell.getLocalDateTimeCellValue().toLocalDate().toString();
		}
		return formatter.formatCellValue(cell);
	}

	private static List<List<String>> readCsv(String name, byte[] content) {
		String text = utf8(name, content);
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		if (text.indexOf('\0') >= 0) {
			throw UserFacingException.invalid("tabular.notSpreadsheet", name, "binary");
		}
		char delimiter = delimiter(text);
		CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get();
		List<List<String>> lines = new ArrayList<>();
		try {
			for (CSVRecord record : format.parse(new StringReader(text))) {
				lines.add(record.toList());
				if (lines.size() > MAX_ROWS + 1) {
					throw UserFacingException.invalid("tabular.tooManyRows", name, "> " + MAX_ROWS, MAX_ROWS);
				}
			}
		}
		catch (IOException | IllegalStateException | java.io.UncheckedIOException e) {
			throw UserFacingException.invalid("tabular.brokenCsv", name, lines.size() + 1);
		}
		return lines;
	}

	/** Vietnamese Excel saves CSV with semicolons; the header line tells which one the file uses. */
	private static char delimiter(String text) {
		int end = text.indexOf('\n');
		String firstLine = end < 0 ? text : text.substring(0, end);
		long commas = firstLine.chars().filter(c -> c == ',').count();
		long semicolons = firstLine.chars().filter(c -> c == ';').count();
		return semicolons > commas ? ';' : ',';
	}

	private static String utf8(String name, byte[] content) {
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(content))
				.toString();
		}
		catch (CharacterCodingException e) {
			throw UserFacingException.invalid("tabular.notUtf8", name);
		}
	}

	private static boolean startsWith(byte[] content, byte[] magic) {
		if (content.length < magic.length) {
			return false;
		}
		for (int i = 0; i < magic.length; i++) {
			if (content[i] != magic[i]) {
				return false;
			}
		}
		return true;
	}
}
