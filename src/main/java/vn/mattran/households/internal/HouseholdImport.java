package vn.mattran.households.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;
import vn.mattran.households.Classification;
import vn.mattran.households.DuplicatePair;
import vn.mattran.households.Member;
import vn.mattran.organization.Organization;
import vn.mattran.organization.Unit;
import vn.mattran.organization.UnitLevel;
import vn.mattran.shared.audit.AuditAction;
import vn.mattran.shared.audit.AuditEvent;
import vn.mattran.shared.audit.AuditLog;
import vn.mattran.shared.error.InvalidInput;
import vn.mattran.shared.error.UserFacingException;
import vn.mattran.shared.format.Dates;
import vn.mattran.shared.security.CurrentUser;
import vn.mattran.shared.security.Role;
import vn.mattran.shared.tabular.TabularFile;
import vn.mattran.shared.tabular.TabularReader;
import vn.mattran.shared.tabular.TabularRow;
import vn.mattran.shared.text.VietnameseText;

/**
 * Imports the list of households a commune keeps in Excel. The file is kept while the user maps its
 * columns and looks at the preview; every bad row is named with its row, column and reason, a row
 * that repeats a registered household (or another row) is refused as a duplicate, and nothing is
 * stored from a file with errors unless the user asks for only the good rows.
 */
@Service
public class HouseholdImport {

	private static final int MAX_BYTES = 20 * 1024 * 1024;

	private final JdbcClient jdbc;
	private final Registry registry;
	private final DuplicateFinder duplicates;
	private final Organization organization;
	private final AuditLog audit;
	private final JsonMapper json;

	HouseholdImport(JdbcClient jdbc, Registry registry, DuplicateFinder duplicates, Organization organization,
			AuditLog audit, JsonMapper json) {
		this.jdbc = jdbc;
		this.registry = registry;
		this.duplicates = duplicates;
		this.organization = organization;
		this.audit = audit;
		this.json = json;
	}

	/** An uploaded file: where it goes, for which year, its headers and the guessed mapping. */
	public record Upload(long id, Unit unit, int year, String fileName, List<String> headers, int rows,
			Map<HouseholdColumns, Integer> mapping, boolean finished) {
	}

	/** A bad row: its number as the file shows it, the column's header, and the message. */
	public record Problem(int row, String column, String messageKey, Object[] args) {
	}

	/** A good row ready to store. */
	public record Good(int row, HouseholdDraft draft, String areaName) {
	}

	public record Preview(Upload upload, List<Good> good, List<Problem> problems, int badRows) {

		public boolean clean() {
			return problems.isEmpty();
		}
	}

	@Transactional
	public Upload upload(long unitId, int year, String fileName, byte[] content) {
		CurrentUser.requireRole(Role.OFFICER);
		Unit unit = organization.unit(unitId);
		if (unit.level() != UnitLevel.COMMUNE && unit.level() != UnitLevel.RESIDENTIAL) {
			throw new InvalidInput("unitId", "household.error.areaLevel", unit.name());
		}
		registry.requireYear(year);
		if (content.length > MAX_BYTES) {
			throw UserFacingException.invalid("import.error.tooBig", fileName, "20 MB");
		}
		TabularFile file = TabularReader.read(fileName, content);
		long id = jdbc.sql("""
				insert into hh_import (unit_id, unit_path, year, file_name, content, mapping, created_by)
				values (:unit, cast(:path as ltree), :year, :name, :content, cast(:mapping as jsonb), :by) returning id
				""")
			.param("unit", unit.id())
			.param("path", unit.path())
			.param("year", year)
			.param("name", fileName)
			.param("content", content)
			.param("mapping", json.writeValueAsString(HouseholdColumns.guess(file.header())))
			.param("by", CurrentUser.actorName())
			.query(Long.class)
			.single();
		return get(id);
	}

	@Transactional(readOnly = true)
	public Upload get(long id) {
		return load(id).upload();
	}

	private record Loaded(Upload upload, TabularFile file) {
	}

	private Loaded load(long id) {
		record Stored(long unitId, String path, int year, String name, byte[] content, String mapping, String by,
				boolean finished) {
		}
		Stored stored = jdbc.sql("""
				select unit_id, unit_path::text, year, file_name, content, mapping::text, created_by,
				       finished_at is not null from hh_import where id = :id
				""")
			.param("id", id)
			.query((rs, n) -> new Stored(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getString(4), rs.getBytes(5),
					rs.getString(6), rs.getString(7), rs.getBoolean(8)))
			.optional()
			.orElseThrow(() -> UserFacingException.notFound("import.error.notFound", String.valueOf(id)));
		CurrentUser.requireInScope(stored.path(), stored.name());
		if (!stored.by().equals(CurrentUser.actorName())) {
			throw UserFacingException.forbidden("import.error.notYours", stored.name());
		}
		TabularFile file = stored.finished() ? new TabularFile(stored.name(), List.of(), List.of())
				: TabularReader.read(stored.name(), stored.content());
		Map<HouseholdColumns, Integer> mapping = new EnumMap<>(HouseholdColumns.class);
		json.readTree(stored.mapping()).properties()
			.forEach(e -> mapping.put(HouseholdColumns.valueOf(e.getKey()), e.getValue().asInt()));
		Unit unit = organization.unit(stored.unitId());
		return new Loaded(new Upload(id, unit, stored.year(), stored.name(), file.header(), file.rows().size(), mapping,
				stored.finished()), file);
	}

	/** Keeps the user's mapping (column index per field; -1 or absent: not in the file). */
	@Transactional
	public Upload map(long id, Map<HouseholdColumns, Integer> mapping) {
		Loaded loaded = load(id);
		Map<HouseholdColumns, Integer> kept = new EnumMap<>(HouseholdColumns.class);
		mapping.forEach((column, index) -> {
			if (index != null && index >= 0 && index < loaded.file().header().size()) {
				kept.put(column, index);
			}
		});
		jdbc.sql("update hh_import set mapping = cast(:mapping as jsonb) where id = :id and finished_at is null")
			.param("mapping", json.writeValueAsString(kept))
			.param("id", id)
			.update();
		return get(id);
	}

	@Transactional(readOnly = true)
	public Preview preview(long id) {
		return check(load(id));
	}

	/** Stores the good rows: all of them when the file has no errors, or when {@code onlyGood} says so. */
	@Transactional
	public int commit(long id, boolean onlyGood) {
		CurrentUser.requireRole(Role.OFFICER);
		Loaded loaded = load(id);
		if (loaded.upload().finished()) {
			throw UserFacingException.conflict("import.error.done", loaded.upload().fileName());
		}
		Preview preview = check(loaded);
		if (!preview.clean() && !onlyGood) {
			throw UserFacingException.invalid("import.error.hasProblems", loaded.upload().fileName(),
					preview.badRows());
		}
		for (Good good : preview.good()) {
			registry.create(good.draft(), true);
		}
		jdbc.sql("update hh_import set finished_at = now(), imported = :n, content = '\\x'::bytea where id = :id")
			.param("n", preview.good().size())
			.param("id", id)
			.update();
		audit.record(new AuditEvent(AuditAction.IMPORT, Registry.ENTITY, null, loaded.upload().unit().path(),
				"Nhập " + preview.good().size() + " hộ từ " + loaded.upload().fileName()
						+ (preview.clean() ? "" : " (bỏ " + preview.badRows() + " dòng lỗi)"),
				null, null));
		return preview.good().size();
	}

	private Preview check(Loaded loaded) {
		Upload upload = loaded.upload();
		Map<HouseholdColumns, Integer> mapping = upload.mapping();
		List<Problem> problems = new ArrayList<>();
		for (HouseholdColumns column : HouseholdColumns.values()) {
			if (column.required() && !mapping.containsKey(column)) {
				problems.add(new Problem(1, column.header(), "import.error.columnMissing", new Object[] { column.header() }));
			}
		}
		boolean commune = upload.unit().level() == UnitLevel.COMMUNE;
		if (commune && !mapping.containsKey(HouseholdColumns.AREA)) {
			problems.add(new Problem(1, HouseholdColumns.AREA.header(), "import.error.columnMissing",
					new Object[] { HouseholdColumns.AREA.header() }));
		}
		if (!problems.isEmpty()) {
			return new Preview(upload, List.of(), problems, loaded.file().rows().size());
		}
		AreaMatcher areas = new AreaMatcher(commune ? organization.children(upload.unit().id(), registry.dayWithin(upload.unit()))
				: List.of(upload.unit()));
		List<Good> good = new ArrayList<>();
		Map<String, Integer> seen = new HashMap<>();
		long communeId = registry.place(upload.unit().id()).communeId();
		int badRows = 0;
		for (TabularRow row : loaded.file().rows()) {
			List<Problem> rowProblems = new ArrayList<>();
			Optional<Good> parsed = parse(row, upload, areas, loaded.file().header(), rowProblems, seen, communeId);
			if (rowProblems.isEmpty() && parsed.isPresent()) {
				good.add(parsed.get());
			}
			else {
				badRows++;
				problems.addAll(rowProblems);
			}
		}
		return new Preview(upload, good, problems, badRows);
	}

	private Optional<Good> parse(TabularRow row, Upload upload, AreaMatcher areas, List<String> headers,
			List<Problem> problems, Map<String, Integer> seen, long communeId) {
		Map<HouseholdColumns, Integer> map = upload.mapping();
		Function<HouseholdColumns, String> cell = c -> map.containsKey(c) ? row.cell(map.get(c)) : "";
		Function<HouseholdColumns, String> header = c -> map.containsKey(c)
				? headers.get(map.get(c)) : c.header();
		String head = cell.apply(HouseholdColumns.HEAD);
		if (head.isEmpty()) {
			problems.add(new Problem(row.number(), header.apply(HouseholdColumns.HEAD), "import.error.headMissing",
					new Object[0]));
		}
		Unit area = upload.unit();
		String areaText = cell.apply(HouseholdColumns.AREA);
		if (upload.unit().level() == UnitLevel.COMMUNE || !areaText.isEmpty()) {
			Optional<Unit> found = areas.match(areaText);
			if (found.isEmpty()) {
				problems.add(new Problem(row.number(), header.apply(HouseholdColumns.AREA),
						areaText.isEmpty() ? "import.error.areaMissing" : "import.error.areaUnknown",
						new Object[] { areaText, upload.unit().name() }));
			}
			else {
				area = found.get();
			}
		}
		Integer birthYear = null;
		LocalDate birthDate = null;
		String birth = cell.apply(HouseholdColumns.BIRTH);
		if (!birth.isEmpty()) {
			if (birth.matches("\\d{4}")) {
				birthYear = Integer.valueOf(birth);
			}
			else {
				birthDate = Dates.parse(birth).orElse(null);
				if (birthDate == null) {
					problems.add(new Problem(row.number(), header.apply(HouseholdColumns.BIRTH), "import.error.birth",
							new Object[] { birth }));
				}
			}
		}
		int year = upload.year();
		String yearText = cell.apply(HouseholdColumns.YEAR);
		if (!yearText.isEmpty()) {
			if (yearText.matches("\\d{4}")) {
				year = Integer.parseInt(yearText);
			}
			else {
				problems.add(new Problem(row.number(), header.apply(HouseholdColumns.YEAR), "import.error.year",
						new Object[] { yearText }));
			}
		}
		Set<Classification> kinds = EnumSet.noneOf(Classification.class);
		for (String part : cell.apply(HouseholdColumns.CLASSIFICATION).split("[,;+/]")) {
			if (part.isBlank()) {
				continue;
			}
			Optional<Classification> kind = Classification.parse(part);
			if (kind.isEmpty()) {
				problems.add(new Problem(row.number(), header.apply(HouseholdColumns.CLASSIFICATION),
						"import.error.classification", new Object[] { part.strip() }));
			}
			kind.ifPresent(kinds::add);
		}
		List<String> needs = List.of(cell.apply(HouseholdColumns.NEEDS).split("[;\\n]"));
		Member head0 = new Member(null, head, cell.apply(HouseholdColumns.SEX), birthYear, birthDate, Member.HEAD,
				cell.apply(HouseholdColumns.CITIZEN_ID), cell.apply(HouseholdColumns.PHONE), true, null);
		if (!problems.isEmpty()) {
			return Optional.empty();
		}
		HouseholdDraft draft = new HouseholdDraft(area.id(), cell.apply(HouseholdColumns.ADDRESS),
				cell.apply(HouseholdColumns.CIRCUMSTANCES), List.of(head0), year, kinds, needs);
		List<Member> members;
		try {
			members = MemberRules.clean(draft.members(), registry.today());
			registry.requireYear(year);
			if (area.closed(registry.today()) && area.validTo().getYear() < year) {
				throw new InvalidInput("unitId", "household.error.areaClosed", area.name());
			}
		}
		catch (InvalidInput e) {
			problems.add(new Problem(row.number(), header.apply(column(e.field())), e.messageKey(), e.args()));
			return Optional.empty();
		}
		Member member = members.get(0);
		if (!duplicateOf(row, member, area, communeId, header, problems, seen)) {
			return Optional.empty();
		}
		return Optional.of(new Good(row.number(), draft, area.name()));
	}

	/** False (with the problem) when the row repeats an earlier row or a registered household. */
	private boolean duplicateOf(TabularRow row, Member member, Unit area, long communeId,
			Function<HouseholdColumns, String> header, List<Problem> problems, Map<String, Integer> seen) {
		String key = area.id() + "|" + VietnameseText.fold(member.fullName()) + "|"
				+ member.birthYear();
		Integer earlier = member.citizenId() != null ? seen.putIfAbsent("id|" + member.citizenId(), row.number()) : null;
		if (earlier == null && member.birthYear() != null) {
			earlier = seen.putIfAbsent(key, row.number());
		}
		if (earlier != null) {
			problems.add(new Problem(row.number(), header.apply(HouseholdColumns.HEAD), "import.error.sameAsRow",
					new Object[] { earlier }));
			return false;
		}
		List<DuplicateFinder.Candidate> found = duplicates.candidates(area.id(), communeId, List.of(member), null);
		if (!found.isEmpty()) {
			DuplicateFinder.Candidate first = found.get(0);
			HouseholdColumns column = first.reason() == DuplicatePair.Reason.CITIZEN_ID
					? HouseholdColumns.CITIZEN_ID : HouseholdColumns.HEAD;
			problems.add(new Problem(row.number(), header.apply(column), "import.error.registered",
					new Object[] { String.valueOf(first.householdId()), first.detail() }));
			return false;
		}
		return true;
	}

	private static HouseholdColumns column(String field) {
		if (field == null) {
			return HouseholdColumns.HEAD;
		}
		if (field.endsWith("citizenId")) {
			return HouseholdColumns.CITIZEN_ID;
		}
		if (field.endsWith("phone")) {
			return HouseholdColumns.PHONE;
		}
		if (field.endsWith("sex")) {
			return HouseholdColumns.SEX;
		}
		if (field.endsWith("birthYear") || field.endsWith("birthDate")) {
			return HouseholdColumns.BIRTH;
		}
		if (field.equals("unitId")) {
			return HouseholdColumns.AREA;
		}
		if (field.equals("year")) {
			return HouseholdColumns.YEAR;
		}
		return HouseholdColumns.HEAD;
	}
}
