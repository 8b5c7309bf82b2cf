package vn.mattran.organization.internal.units;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;
import org.springframework.transaction.support.TransactionTemplate;
import vn.mattran.organization.Unit;
import vn.mattran.organization.UnitLevel;
import vn.mattran.organization.UnitTypes;
import vn.mattran.shared.audit.AuditAction;
import vn.mattran.shared.audit.AuditEvent;
import vn.mattran.shared.audit.AuditLog;
import vn.mattran.shared.error.InvalidInput;
import vn.mattran.shared.error.UserFacingException;
import vn.mattran.shared.format.Dates;
import vn.mattran.shared.format.Formats;
import vn.mattran.shared.security.CurrentUser;
import vn.mattran.shared.security.Role;
import vn.mattran.shared.tabular.TabularFile;
import vn.mattran.shared.tabular.TabularReader;
import vn.mattran.shared.tabular.TabularRow;

/**
 * Adds units from a CSV or XLSX file with the columns code, name, level, parent code (type, valid
 * from/to and note optional). Every row is checked by the same rules as the form; a file with any
 * bad row stores nothing and the result names every bad row, column and reason.
 */
@Service
public class UnitImport {

	private final UnitService units;
	private final AuditLog audit;
	private final TransactionTemplate eachRow;

	UnitImport(UnitService units, AuditLog audit, PlatformTransactionManager transactions) {
		this.units = units;
		this.audit = audit;
		this.eachRow = new TransactionTemplate(transactions);
		this.eachRow.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
	}

	/** A bad row: its number in the file, the column (as the file names it) and the reason as a message key. */
	public record Problem(int row, String column, String messageKey, Object[] args) {
	}

	public record Result(String fileName, int rows, List<Unit> created, List<Problem> problems) {

		public boolean ok() {
			return problems.isEmpty();
		}
	}

	@Transactional
	public Result importFile(String fileName, byte[] content, LocalDate on) {
		CurrentUser.requireRole(Role.UNIT_ADMIN);
		TabularFile file = TabularReader.read(fileName, content);
		UnitColumns columns = UnitColumns.find(file.header());
		if (!columns.missing().isEmpty()) {
			return new Result(fileName, file.rows().size(), List.of(),
					List.of(new Problem(1, String.join(", ", columns.missing()), "import.error.missingColumns",
							new Object[] { String.join(", ", columns.missing()) })));
		}
		List<Problem> problems = new ArrayList<>();
		Map<String, TabularRow> byCode = new LinkedHashMap<>();
		for (TabularRow row : file.rows()) {
			String code = columns.value(row, UnitColumns.CODE);
			if (!code.isEmpty() && byCode.putIfAbsent(code, row) != null) {
				problems.add(new Problem(row.number(), columns.header(UnitColumns.CODE), "import.error.duplicateCode",
						new Object[] { code, byCode.get(code).number() }));
			}
		}
		Map<Integer, Unit> created = new HashMap<>();
		problems.forEach(duplicate -> created.put(duplicate.row(), null));
		for (TabularRow row : file.rows()) {
			add(row, columns, byCode, created, problems, on, new ArrayList<>());
		}
		if (!problems.isEmpty()) {
			TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
			problems.sort((a, b) -> Integer.compare(a.row(), b.row()));
			return new Result(fileName, file.rows().size(), List.of(), problems);
		}
		audit.record(new AuditEvent(AuditAction.IMPORT, "unit", null, null,
				"Nhập " + created.size() + " đơn vị từ " + fileName, null, null));
		return new Result(fileName, file.rows().size(), List.copyOf(created.values()), List.of());
	}

	/** Adds the row after its parent row (if the parent is in the file); remembers failures so children report them. */
	private Optional<Unit> add(TabularRow row, UnitColumns columns, Map<String, TabularRow> byCode,
			Map<Integer, Unit> created, List<Problem> problems, LocalDate on, List<Integer> path) {
		if (created.containsKey(row.number())) {
			return Optional.ofNullable(created.get(row.number()));
		}
		if (path.contains(row.number())) {
			problems.add(new Problem(row.number(), columns.header(UnitColumns.PARENT), "import.error.cycle", new Object[0]));
			created.put(row.number(), null);
			return Optional.empty();
		}
		path.add(row.number());
		Optional<Unit> result = resolveParent(row, columns, byCode, created, problems, on, path)
			.flatMap(parent -> create(row, columns, parent, problems, on));
		created.put(row.number(), result.orElse(null));
		return result;
	}

	private Optional<Unit> resolveParent(TabularRow row, UnitColumns columns, Map<String, TabularRow> byCode,
			Map<Integer, Unit> created, List<Problem> problems, LocalDate on, List<Integer> path) {
		String parentCode = columns.value(row, UnitColumns.PARENT);
		if (parentCode.isEmpty()) {
			problems.add(new Problem(row.number(), columns.header(UnitColumns.PARENT), "import.error.parentRequired",
					new Object[0]));
			return Optional.empty();
		}
		TabularRow parentRow = byCode.get(parentCode);
		if (parentRow != null && parentRow != row) {
			Optional<Unit> parent = add(parentRow, columns, byCode, created, problems, on, path);
			if (parent.isEmpty()) {
				problems.add(new Problem(row.number(), columns.header(UnitColumns.PARENT), "import.error.parentRowBad",
						new Object[] { parentCode, parentRow.number() }));
			}
			return parent;
		}
		Optional<Unit> existing = units.findByCode(parentCode, on);
		if (existing.isEmpty()) {
			problems.add(new Problem(row.number(), columns.header(UnitColumns.PARENT), "import.error.noParent",
					new Object[] { parentCode, Formats.date(on) }));
		}
		return existing;
	}

	private Optional<Unit> create(TabularRow row, UnitColumns columns, Unit parent, List<Problem> problems,
			LocalDate on) {
		List<Problem> rowProblems = new ArrayList<>();
		String levelText = columns.value(row, UnitColumns.LEVEL);
		Optional<UnitLevel> level = UnitTypes.levelOf(levelText);
		if (level.isEmpty()) {
			rowProblems.add(new Problem(row.number(), columns.header(UnitColumns.LEVEL), "import.error.level",
					new Object[] { levelText }));
		}
		LocalDate from = date(row, columns, UnitColumns.VALID_FROM, rowProblems);
		LocalDate to = date(row, columns, UnitColumns.VALID_TO, rowProblems);
		if (!rowProblems.isEmpty()) {
			problems.addAll(rowProblems);
			return Optional.empty();
		}
		UnitDraft draft = new UnitDraft(parent.id(), blankToNull(columns.value(row, UnitColumns.CODE)),
				columns.value(row, UnitColumns.NAME), blankToNull(columns.value(row, UnitColumns.TYPE)), level.get(),
				from, to, blankToNull(columns.value(row, UnitColumns.NOTE)));
		try {
			return Optional.ofNullable(eachRow.execute(status -> units.create(draft)));
		}
		catch (InvalidInput e) {
			problems.add(new Problem(row.number(), columns.header(columns.forField(e.field())), e.messageKey(), e.args()));
		}
		catch (UserFacingException e) {
			problems.add(new Problem(row.number(), columns.header(UnitColumns.PARENT), e.messageKey(), e.args()));
		}
		return Optional.empty();
	}

	private static LocalDate date(TabularRow row, UnitColumns columns, String column, List<Problem> problems) {
		String text = columns.value(row, column);
		if (text.isEmpty()) {
			return null;
		}
		Optional<LocalDate> date = Dates.parse(text);
		if (date.isEmpty()) {
			problems.add(new Problem(row.number(), columns.header(column), "import.error.date", new Object[] { text }));
		}
		return date.orElse(null);
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text;
	}
}
