package vn.mattran.households.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;
import vn.mattran.households.Classification;
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
import vn.mattran.shared.jobs.Job;
import vn.mattran.shared.jobs.JobProgress;
import vn.mattran.shared.jobs.Jobs;
import vn.mattran.shared.security.CurrentUser;
import vn.mattran.shared.security.Role;
import vn.mattran.shared.tabular.TabularFile;
import vn.mattran.shared.tabular.TabularReader;
import vn.mattran.shared.tabular.TabularRow;
import vn.mattran.shared.text.VietnameseText;
import vn.mattran.shared.web.Messages;

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
	private final Jobs jobs;
	private final Messages messages;
	private final TransactionTemplate transaction;

	HouseholdImport(JdbcClient jdbc, Registry registry, DuplicateFinder duplicates, Organization organization,
			AuditLog audit, JsonMapper json, Jobs jobs, Messages messages, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.registry = registry;
		this.duplicates = duplicates;
		this.organization = organization;
		this.audit = audit;
		this.json = json;
		this.jobs = jobs;
		this.messages = messages;
		this.transaction = new TransactionTemplate(transactions);
	}

	/** An uploaded file: where it goes, for which year, its headers and the guessed mapping. */
	public record Upload(long id, Unit unit, int year, String fileName, List<String> headers, int rows,
			Map<HouseholdColumns, Integer> mapping, boolean finished, Long jobId) {
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
				boolean finished, Long jobId) {
		}
		Stored stored = jdbc.sql("""
				select unit_id, unit_path::text, year, file_name, content, mapping::text, created_by,
				       finished_at is not null, job_id from hh_import where id = :id
				""")
			.param("id", id)
			.query((rs, n) -> new Stored(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getString(4), rs.getBytes(5),
					rs.getString(6), rs.getString(7), rs.getBoolean(8), (Long) rs.getObject(9)))
			.optional()
			.orElseThrow(() -> UserFacingException.notFound("import.error.notFound", String.valueOf(id)));
		CurrentUser.requireInScope(stored.path(), stored.name());
		if (!stored.by().equals(CurrentUser.actorName())) {
			throw UserFacingException.forbidden("import.error.notYours", stored.name());
		}
		if (!stored.finished() && stored.content().length == 0) {
			throw UserFacingException.conflict("import.error.expired", stored.name(), KEEP_DAYS);
		}
		TabularFile file = stored.finished() ? new TabularFile(stored.name(), List.of(), List.of())
				: TabularReader.read(stored.name(), stored.content());
		Map<HouseholdColumns, Integer> mapping = new EnumMap<>(HouseholdColumns.class);
		json.readTree(stored.mapping()).properties()
			.forEach(e -> mapping.put(HouseholdColumns.valueOf(e.getKey()), e.getValue().asInt()));
		Unit unit = organization.unit(stored.unitId());
		return new Loaded(new Upload(id, unit, stored.year(), stored.name(), file.header(), file.rows().size(), mapping,
				stored.finished(), stored.jobId()), file);
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
		if (loaded.upload().jobId() != null) {
			throw UserFacingException.conflict("import.error.done", loaded.upload().fileName());
		}
		jdbc.sql("update hh_import set mapping = cast(:mapping as jsonb) where id = :id and job_id is null")
			.param("mapping", json.writeValueAsString(kept))
			.param("id", id)
			.update();
		return get(id);
	}

	@Transactional(readOnly = true)
	public Preview preview(long id) {
		return check(load(id));
	}

	/**
	 * Starts storing the good rows (all of them when the file has no errors, or when {@code onlyGood}
	 * says so) as a background job whose progress the user follows; the rows are fixed now.
	 */
	@Transactional
	public Job commit(long id, boolean onlyGood) {
		CurrentUser.requireRole(Role.OFFICER);
		Loaded loaded = lockForCommit(id);
		Preview preview = check(loaded);
		if (!preview.clean() && !onlyGood) {
			throw UserFacingException.invalid("import.error.hasProblems", loaded.upload().fileName(),
					preview.badRows());
		}
		if (preview.good().isEmpty()) {
			throw UserFacingException.invalid("import.error.nothingGood", loaded.upload().fileName());
		}
		Job job = jobs.submit(KIND, messages.get("import.households.jobTitle", loaded.upload().fileName()),
				loaded.upload().unit().path(), String.valueOf(id));
		jdbc.sql("update hh_import set job_id = :job, good_rows = cast(:rows as int[]) where id = :id")
			.param("job", job.id())
			.param("rows", "{" + String.join(",", preview.good().stream().map(g -> String.valueOf(g.row())).toList()) + "}")
			.param("id", id)
			.update();
		audit.record(new AuditEvent(AuditAction.IMPORT, Registry.ENTITY, null, loaded.upload().unit().path(),
				"Bắt đầu nhập " + preview.good().size() + " hộ từ " + loaded.upload().fileName()
						+ (preview.clean() ? "" : " (bỏ " + preview.badRows() + " dòng lỗi)"),
				null, null));
		return job;
	}

	private Loaded lockForCommit(long id) {
		jdbc.sql("select id from hh_import where id = :id for update").param("id", id).query(Long.class).optional();
		Loaded loaded = load(id);
		boolean failedBefore = loaded.upload().jobId() != null
				&& jobs.get(loaded.upload().jobId()).status() == Job.Status.FAILED;
		if (loaded.upload().finished() || (loaded.upload().jobId() != null && !failedBefore)) {
			throw UserFacingException.conflict("import.error.done", loaded.upload().fileName());
		}
		return loaded;
	}

	/**
	 * Lists with ID numbers are not kept longer than the work needs: an upload nobody imported is
	 * emptied after a week (its row stays, saying so).
	 */
	@Scheduled(cron = "${mattran.households.upload-cleanup-cron:0 30 3 * * *}", zone = "Asia/Ho_Chi_Minh")
	public void forgetOldUploads() {
		jdbc.sql("""
				update hh_import set content = '\\x'::bytea
				where finished_at is null and job_id is null and length(content) > 0
				  and created_at < now() - make_interval(days => :days)
				""").param("days", KEEP_DAYS).update();
	}

	static final int KEEP_DAYS = 7;

	static final String KIND = "household-import";
	static final int CHUNK = 100;

	/**
	 * The job's work: the agreed rows stored a hundred at a time, each hundred in one transaction
	 * with the job's progress, so that after a restart it goes on from the last stored hundred.
	 */
	String store(Job job, JobProgress progress) {
		long id = Long.parseLong(job.payload());
		Loaded loaded = load(id);
		if (loaded.upload().finished()) {
			return "/households?sort=newest";
		}
		Set<Integer> agreed = new HashSet<>(jdbc.sql("select unnest(good_rows) from hh_import where id = :id")
			.param("id", id).query(Integer.class).list());
		List<Good> rows = check(loaded, false).good().stream().filter(g -> agreed.contains(g.row())).toList();
		progress.total(rows.size());
		long communeId = registry.place(loaded.upload().unit().id()).communeId();
		int[] stored = { 0 };
		for (int from = job.done(); from < rows.size(); from += CHUNK) {
			List<Good> chunk = rows.subList(from, Math.min(rows.size(), from + CHUNK));
			int end = Math.min(rows.size(), from + CHUNK);
			transaction.executeWithoutResult(status -> {
				stored[0] += storeChunk(chunk, communeId);
				progress.step(end);
			});
		}
		transaction.executeWithoutResult(status -> {
			jdbc.sql("update hh_import set finished_at = now(), imported = coalesce(imported, 0) + :n,"
					+ " content = '\\x'::bytea where id = :id")
				.param("n", stored[0])
				.param("id", id)
				.update();
			audit.record(new AuditEvent(AuditAction.IMPORT, Registry.ENTITY, null, loaded.upload().unit().path(),
					"Nhập " + stored[0] + " hộ từ " + loaded.upload().fileName(), null, null));
		});
		return "/households?sort=newest";
	}

	/**
	 * Stores a hundred rows under the commune's lock, skipping any that the registry now holds (a
	 * restart's second go at a step, or another import of the same list that got there first).
	 */
	private int storeChunk(List<Good> chunk, long communeId) {
		jdbc.sql("select pg_advisory_xact_lock(:key)").param("key", LOCK_BASE + communeId).query(Object.class).list();
		List<String> ids = chunk.stream().flatMap(g -> g.draft().members().stream()).map(Member::citizenId)
			.filter(c -> c != null && !c.isBlank()).map(c -> c.replaceAll("[\\s.\\-]", "")).toList();
		DuplicateFinder.Registered registered = duplicates.registered(CurrentUser.scope(), communeId, ids);
		int stored = 0;
		for (Good good : chunk) {
			Member head = good.draft().members().get(0);
			String folded = VietnameseText.fold(head.fullName());
			String citizenId = head.citizenId() == null ? null : head.citizenId().replaceAll("[\\s.\\-]", "");
			boolean there = (citizenId != null && registered.byCitizenId().containsKey(citizenId))
					|| (head.birthYear() != null && registered.byAreaHead()
						.containsKey(DuplicateFinder.Registered.head(good.draft().unitId(), folded, head.birthYear())));
			if (there) {
				continue;
			}
			try {
				registry.create(good.draft(), true);
				stored++;
			}
			catch (UserFacingException e) {
				throw UserFacingException.invalid("import.error.rowFailed", String.valueOf(good.row()),
						messages.get(e.messageKey(), e.args()));
			}
		}
		return stored;
	}

	/** Advisory lock keys of household imports: this plus the commune's id. */
	private static final long LOCK_BASE = 7_110_000_000L;

	private Preview check(Loaded loaded) {
		return check(loaded, true);
	}

	/** The file's rows checked; {@code againstRegistry} false when they were checked before and some may be stored by now. */
	private Preview check(Loaded loaded, boolean againstRegistry) {
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
		DuplicateFinder.Registered registered = againstRegistry
				? duplicates.registered(CurrentUser.scope(), communeId, citizenIds(loaded.file(), mapping)) : DuplicateFinder.Registered.NONE;
		int badRows = 0;
		for (TabularRow row : loaded.file().rows()) {
			List<Problem> rowProblems = new ArrayList<>();
			Optional<Good> parsed = parse(row, upload, areas, loaded.file().header(), rowProblems, seen, registered);
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
			List<Problem> problems, Map<String, Integer> seen, DuplicateFinder.Registered registered) {
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
		tooLong(row, header, HouseholdColumns.ADDRESS, cell.apply(HouseholdColumns.ADDRESS), 300, problems);
		tooLong(row, header, HouseholdColumns.CIRCUMSTANCES, cell.apply(HouseholdColumns.CIRCUMSTANCES), 2000, problems);
		needs.forEach(need -> tooLong(row, header, HouseholdColumns.NEEDS, need.strip(), 300, problems));
		tooLong(row, header, HouseholdColumns.HEAD, head, 120, problems);
		String citizenCell = cell.apply(HouseholdColumns.CITIZEN_ID);
		if (citizenCell.contains("•")) {
			citizenCell = "";
		}
		Member head0 = new Member(null, head, cell.apply(HouseholdColumns.SEX), birthYear, birthDate, Member.HEAD,
				citizenCell, cell.apply(HouseholdColumns.PHONE), true, null);
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
		if (!duplicateOf(row, member, area, registered, header, problems, seen)) {
			return Optional.empty();
		}
		return Optional.of(new Good(row.number(), draft, area.name()));
	}

	/** False (with the problem) when the row repeats an earlier row or a registered household. */
	private boolean duplicateOf(TabularRow row, Member member, Unit area, DuplicateFinder.Registered registered,
			Function<HouseholdColumns, String> header, List<Problem> problems, Map<String, Integer> seen) {
		String folded = VietnameseText.fold(member.fullName());
		Integer earlier = member.citizenId() != null ? seen.putIfAbsent("id|" + member.citizenId(), row.number()) : null;
		if (earlier == null && member.birthYear() != null) {
			earlier = seen.putIfAbsent(area.id() + "|" + folded + "|" + member.birthYear(), row.number());
		}
		if (earlier != null) {
			problems.add(new Problem(row.number(), header.apply(HouseholdColumns.HEAD), "import.error.sameAsRow",
					new Object[] { String.valueOf(earlier) }));
			return false;
		}
		Long byId = member.citizenId() == null ? null : registered.byCitizenId().get(member.citizenId());
		if (byId != null) {
			problems.add(new Problem(row.number(), header.apply(HouseholdColumns.CITIZEN_ID), "import.error.registered",
					new Object[] { String.valueOf(byId), member.citizenId() }));
			return false;
		}
		if (member.birthYear() == null) {
			return true;
		}
		Long same = registered.byAreaHead().get(DuplicateFinder.Registered.head(area.id(), folded, member.birthYear()));
		if (same == null) {
			same = registered.byPerson().get(DuplicateFinder.Registered.person(folded, member.birthYear()));
		}
		if (same != null) {
			problems.add(new Problem(row.number(), header.apply(HouseholdColumns.HEAD), "import.error.registered",
					new Object[] { String.valueOf(same), member.fullName() + " (" + member.birthYear() + ")" }));
			return false;
		}
		return true;
	}

	private static void tooLong(TabularRow row, Function<HouseholdColumns, String> header, HouseholdColumns column,
			String text, int max, List<Problem> problems) {
		if (text != null && text.length() > max) {
			problems.add(new Problem(row.number(), header.apply(column), "household.error.tooLong",
					new Object[] { text.substring(0, 30), max }));
		}
	}

	/** The ID numbers the file gives, as digits, to look them up at once. */
	private static List<String> citizenIds(TabularFile file, Map<HouseholdColumns, Integer> mapping) {
		Integer column = mapping.get(HouseholdColumns.CITIZEN_ID);
		if (column == null) {
			return List.of();
		}
		return file.rows().stream().map(row -> row.cell(column).replaceAll("[\\s.\\-]", ""))
			.filter(id -> id.matches("\\d{9}|\\d{12}")).distinct().toList();
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
