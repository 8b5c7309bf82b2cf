package vn.mattran.households.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.xssf.streaming.SXSSFCell;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.mattran.households.Household;
import vn.mattran.households.Member;
import vn.mattran.households.Need;
import vn.mattran.organization.Organization;
import vn.mattran.organization.Unit;
import vn.mattran.shared.audit.AuditAction;
import vn.mattran.shared.audit.AuditEvent;
import vn.mattran.shared.audit.AuditLog;
import vn.mattran.shared.error.UserFacingException;
import vn.mattran.shared.format.Formats;
import vn.mattran.shared.security.CurrentUser;
import vn.mattran.shared.security.Role;
import vn.mattran.shared.tabular.SafeCells;

/**
 * The registry of the user's scope in the layout the import reads (one row per household, the
 * head's details), as XLSX or CSV. ID numbers are masked unless the user asks for them in full;
 * either way the export is in the audit log. Text that a spreadsheet would run as a formula is
 * written as text.
 */
@Service
public class HouseholdExport {

	static final int MAX_ROWS = 100_000;

	private final HouseholdRepository households;
	private final SupportRepository supports;
	private final Organization organization;
	private final AuditLog audit;

	HouseholdExport(HouseholdRepository households, SupportRepository supports, Organization organization,
			AuditLog audit) {
		this.households = households;
		this.supports = supports;
		this.organization = organization;
		this.audit = audit;
	}

	public enum Format {
		XLSX, CSV
	}

	@Transactional
	public byte[] export(Long underUnitId, Format format, boolean fullIds) {
		CurrentUser.requireRole(fullIds ? Role.UNIT_ADMIN : Role.OFFICER);
		Unit under = underUnitId == null ? null : organization.unit(underUnitId);
		List<Household> rows = households.all(CurrentUser.scope(), under == null ? null : under.path(), MAX_ROWS + 1);
		if (rows.size() > MAX_ROWS) {
			throw UserFacingException.invalid("export.error.tooMany", Formats.number(MAX_ROWS));
		}
		Map<Long, Unit> areas = organization.units(rows.stream().map(Household::unitId).distinct().toList());
		Map<Long, List<Need>> needs = rows.isEmpty() ? Map.of()
				: supports.needsOf(rows.stream().map(Household::id).toList()).stream().filter(Need::open)
					.collect(Collectors.groupingBy(Need::householdId));
		List<List<String>> table = new ArrayList<>();
		int number = 1;
		for (Household h : rows) {
			Member head = h.members().stream().filter(Member::head).findFirst().orElse(h.members().get(0));
			Unit area = areas.get(h.unitId());
			table.add(List.of(String.valueOf(number++), h.head(), head.birthDate() != null
					? Formats.date(head.birthDate())
					: head.birthYear() == null ? "" : String.valueOf(head.birthYear()),
					head.sex() == null ? "" : head.sex().equals("M") ? "Nam" : "Nữ",
					head.citizenId() == null ? "" : fullIds ? head.citizenId() : head.maskedCitizenId(),
					head.phone() == null ? "" : head.phone(), area == null ? "" : area.name(),
					h.address() == null ? "" : h.address(),
					h.currentKinds().stream().sorted().map(k -> k.label()).collect(Collectors.joining("; ")),
					h.currentYear() == null ? "" : String.valueOf(h.currentYear()),
					h.circumstances() == null ? "" : h.circumstances(),
					needs.getOrDefault(h.id(), List.of()).stream()
						.map(n -> n.description() == null ? n.kind().name() : n.description())
						.collect(Collectors.joining("; "))));
		}
		String where = under != null ? under.path()
				: CurrentUser.scope().paths().isEmpty() ? null : CurrentUser.scope().paths().get(0);
		audit.record(new AuditEvent(AuditAction.VIEW, Registry.ENTITY, null, where, "Xuất danh sách " + rows.size() + " hộ ("
						+ format + (fullIds ? ", kèm số CCCD đầy đủ" : "") + ")",
				null, null));
		return format == Format.CSV ? csv(table) : xlsx(table);
	}

	static List<String> headers() {
		List<String> headers = new ArrayList<>();
		headers.add("STT");
		for (HouseholdColumns column : HouseholdColumns.values()) {
			headers.add(column.header());
		}
		return headers;
	}

	private static byte[] csv(List<List<String>> table) {
		StringBuilder out = new StringBuilder("\uFEFF");
		try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT)) {
			printer.printRecord(headers());
			for (List<String> row : table) {
				printer.printRecord(row.stream().map(SafeCells::text).toList());
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static byte[] xlsx(List<List<String>> table) {
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(500)) {
			SXSSFSheet sheet = workbook.createSheet("Danh sách hộ");
			CellStyle bold = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			CellStyle asText = workbook.createCellStyle();
			asText.setQuotePrefixed(true);
			SXSSFRow header = sheet.createRow(0);
			List<String> headers = headers();
			for (int c = 0; c < headers.size(); c++) {
				SXSSFCell cell = header.createCell(c);
				cell.setCellValue(headers.get(c));
				cell.setCellStyle(bold);
			}
			for (int r = 0; r < table.size(); r++) {
				SXSSFRow row = sheet.createRow(r + 1);
				List<String> values = table.get(r);
				for (int c = 0; c < values.size(); c++) {
					SXSSFCell cell = row.createCell(c);
					cell.setCellValue(values.get(c));
					if (SafeCells.dangerous(values.get(c))) {
						cell.setCellStyle(asText);
					}
				}
			}
			sheet.createFreezePane(0, 1);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			workbook.write(out);
			workbook.dispose();
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
