package vn.mattran.fund.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;
import vn.mattran.fund.Channel;
import vn.mattran.fund.DonationDraft;
import vn.mattran.fund.Donor;
import vn.mattran.fund.Drive;
import vn.mattran.fund.Fund;
import vn.mattran.organization.Organization;
import vn.mattran.organization.Unit;
import vn.mattran.shared.audit.AuditAction;
import vn.mattran.shared.audit.AuditEvent;
import vn.mattran.shared.audit.AuditLog;
import vn.mattran.shared.error.InvalidInput;
import vn.mattran.shared.error.UserFacingException;
import vn.mattran.shared.format.Formats;
import vn.mattran.shared.jobs.Job;
import vn.mattran.shared.jobs.Jobs;
import vn.mattran.shared.security.CurrentUser;
import vn.mattran.shared.security.Role;
import vn.mattran.shared.tabular.TabularFile;
import vn.mattran.shared.tabular.TabularReader;
import vn.mattran.shared.web.Messages;

/**
 * Bulk entry of an agency's or a group's collection list (XLSX or CSV). The file is kept while the
 * user maps its columns and looks at the preview, where every bad row is named with its row,
 * column and reason; nothing is stored from a file with errors unless the user asks for only the
 * good rows. Each row is recorded through {@link Donations#record} (by {@link DonationImportJob}) with the source
 * "import:&lt;upload&gt;:row:&lt;n&gt;", so a retry or a second click adds nothing.
 */
@Service
public class DonationImport {

	private static final int MAX_BYTES = 20 * 1024 * 1024;
	static final String KIND = "fund-donation-import";

	private final DonationImportRepository uploads;
	private final JdbcClient jdbc;
	private final Funds funds;
	private final Drives drives;
	private final Organization organization;
	private final AuditLog audit;
	private final JsonMapper json;
	private final Jobs jobs;
	private final Messages messages;

	DonationImport(DonationImportRepository uploads, JdbcClient jdbc, Funds funds, Drives drives, Organization organization,
			AuditLog audit, JsonMapper json, Jobs jobs, Messages messages) {
		this.uploads = uploads;
		this.jdbc = jdbc;
		this.funds = funds;
		this.drives = drives;
		this.organization = organization;
		this.audit = audit;
		this.json = json;
		this.jobs = jobs;
		this.messages = messages;
	}

	/** An uploaded list: its fund, drive, what its rows default to, its headers and the mapping of its columns. */
	public record Upload(long id, Fund fund, Unit fundUnit, Drive drive, Channel channel, LocalDate receivedOn,
			String fileName, List<String> headers, int rows, Map<DonationImportColumns, Integer> mapping,
			boolean finished, Long jobId) {
	}

	/** A bad row: its number as the file shows it, the column's header in the file, and the reason. */
	public record Problem(int row, String column, String messageKey, Object[] args) {
	}

	/**
	 * A good row ready to record: the known donor it goes to (same name and phone), or the earlier
	 * row whose new donor it shares, and known donors that look alike (suggested only).
	 */
	public record Good(int row, DonationDraft draft, String unitName, Donor known, Integer sameAsRow, List<Donor> similar) {
	}

	public record Preview(Upload upload, List<Good> good, List<Problem> problems, int badRows) {

		public boolean clean() {
			return problems.isEmpty();
		}

		/** What the good rows add up to, in đồng. */
		public long total() {
			return good.stream().mapToLong(g -> g.draft().amount()).sum();
		}
	}

	/** What an import stored: how many donations, their sum, and the first and last receipt numbers. */
	public record Stored(long count, long amount, String firstReceipt, String lastReceipt) {
	}

	@Transactional
	public Upload upload(long fundId, Long driveId, Channel channel, LocalDate receivedOn, String fileName,
			byte[] content) {
		CurrentUser.requireRole(Role.OFFICER);
		Fund fund = funds.get(fundId);
		Drive drive = driveId == null ? null : drives.ofFund(fundId, driveId);
		if (receivedOn != null && receivedOn.isAfter(funds.today())) {
			throw new InvalidInput("receivedOn", "fund.error.future", Formats.date(receivedOn));
		}
		if (content.length > MAX_BYTES) {
			throw UserFacingException.invalid("import.error.tooBig", fileName, "20 MB");
		}
		TabularFile file = TabularReader.read(fileName, content);
		long id = uploads.insert(new DonationImportRepository.NewUpload(fund.id(), fund.unitPath(),
				drive == null ? null : drive.id(), channel == null ? Channel.CASH : channel, receivedOn, fileName, content,
				json.writeValueAsString(DonationImportColumns.guess(file.header())), CurrentUser.actorName()));
		return get(fundId, id);
	}

	@Transactional(readOnly = true)
	public Upload get(long fundId, long id) {
		return load(fundId, id).upload();
	}

	/** Keeps the user's mapping (column index per field; -1 or absent: not in the file). */
	@Transactional
	public Upload map(long fundId, long id, Map<DonationImportColumns, Integer> mapping) {
		Loaded loaded = load(fundId, id);
		if (loaded.upload().jobId() != null) {
			throw UserFacingException.conflict("import.error.done", loaded.upload().fileName());
		}
		Map<DonationImportColumns, Integer> kept = new EnumMap<>(DonationImportColumns.class);
		mapping.forEach((column, index) -> {
			if (index != null && index >= 0 && index < loaded.file().header().size()) {
				kept.put(column, index);
			}
		});
		uploads.setMapping(id, json.writeValueAsString(kept));
		return get(fundId, id);
	}

	@Transactional(readOnly = true)
	public Preview preview(long fundId, long id) {
		return check(load(fundId, id));
	}

	/** What the import has stored so far (nothing until its one transaction commits). */
	@Transactional(readOnly = true)
	public Stored stored(long fundId, long id) {
		load(fundId, id);
		return uploads.stored(id);
	}

	/**
	 * Starts recording the rows as a background job: all of them when the file has no errors, only
	 * the good ones when {@code onlyGood} says so; a file with errors is refused otherwise. The rows
	 * agreed are fixed now. After a failed job the same upload may be run again.
	 */
	@Transactional
	public Job run(long fundId, long id, boolean onlyGood) {
		CurrentUser.requireRole(Role.OFFICER);
		uploads.lock(id);
		Loaded loaded = load(fundId, id);
		Upload upload = loaded.upload();
		boolean failedBefore = upload.jobId() != null && jobs.get(upload.jobId()).status() == Job.Status.FAILED;
		if (upload.finished() || (upload.jobId() != null && !failedBefore)) {
			throw UserFacingException.conflict("import.error.done", upload.fileName());
		}
		Preview preview = check(loaded);
		if (!preview.clean() && !onlyGood) {
			throw UserFacingException.invalid("import.error.hasProblems", upload.fileName(), preview.badRows());
		}
		if (preview.good().isEmpty()) {
			throw UserFacingException.invalid("import.error.nothingGood", upload.fileName());
		}
		Job job = jobs.submit(KIND, messages.get("fund.import.jobTitle", upload.fileName(), upload.fund().name()),
				upload.fund().unitPath(), String.valueOf(id));
		uploads.setJob(id, job.id(), preview.good().stream().map(Good::row).toList());
		audit.record(new AuditEvent(AuditAction.IMPORT, "donation", null, upload.fund().unitPath(),
				"Bắt đầu nhập " + preview.good().size() + " khoản ủng hộ (" + Formats.money(preview.total()) + ") từ "
						+ upload.fileName() + (preview.clean() ? "" : " (bỏ " + preview.badRows() + " dòng lỗi)"),
				null, null));
		return job;
	}

	/**
	 * Lists with donors' phones and addresses are not kept longer than the work needs: an upload
	 * nobody imported is emptied after a week (its row stays, and says so when opened).
	 */
	@Scheduled(cron = "${mattran.fund.upload-cleanup-cron:0 40 3 * * *}", zone = "Asia/Ho_Chi_Minh")
	public void forgetOldUploads() {
		uploads.forgetOlderThan(KEEP_DAYS);
	}

	static final int KEEP_DAYS = 7;

	static String source(long uploadId, int row) {
		return "import:" + uploadId + ":row:" + row;
	}

	record Loaded(Upload upload, TabularFile file) {
	}

	Loaded load(long fundId, long id) {
		DonationImportRepository.Stored stored = uploads.find(id)
			.filter(s -> s.fundId() == fundId)
			.orElseThrow(() -> UserFacingException.notFound("import.error.notFound", String.valueOf(id)));
		Fund fund = funds.get(fundId);
		if (!stored.by().equals(CurrentUser.actorName())) {
			throw UserFacingException.forbidden("import.error.notYours", stored.name());
		}
		if (!stored.finished() && stored.content().length == 0) {
			throw UserFacingException.conflict("import.error.expired", stored.name(), KEEP_DAYS);
		}
		TabularFile file = stored.finished() ? new TabularFile(stored.name(), List.of(), List.of())
				: TabularReader.read(stored.name(), stored.content());
		Map<DonationImportColumns, Integer> mapping = new EnumMap<>(DonationImportColumns.class);
		json.readTree(stored.mapping()).properties()
			.forEach(e -> mapping.put(DonationImportColumns.valueOf(e.getKey()), e.getValue().asInt()));
		Drive drive = stored.driveId() == null ? null : drives.ofFund(fundId, stored.driveId());
		return new Loaded(new Upload(id, fund, organization.unit(fund.unitId()), drive, stored.channel(),
				stored.receivedOn(), stored.name(), file.header(), file.rows().size(), mapping, stored.finished(),
				stored.jobId()), file);
	}

	Preview check(Loaded loaded) {
		Upload upload = loaded.upload();
		Integer nameColumn = upload.mapping().get(DonationImportColumns.NAME);
		Integer phoneColumn = upload.mapping().get(DonationImportColumns.PHONE);
		List<String> names = new ArrayList<>();
		List<String> phones = new ArrayList<>();
		loaded.file().rows().forEach(row -> {
			if (nameColumn != null && !row.cell(nameColumn).isEmpty()) {
				names.add(row.cell(nameColumn));
			}
			if (phoneColumn != null && !row.cell(phoneColumn).isEmpty()) {
				phones.add(row.cell(phoneColumn));
			}
		});
		DonationImportDonors known = DonationImportDonors.load(jdbc, names, phones);
		DonationImportUnits units = new DonationImportUnits(
				upload.mapping().containsKey(DonationImportColumns.UNIT) ? unitsBelow(upload) : List.of());
		return new DonationImportCheck(upload, funds.today(), units, known).check(loaded.file());
	}

	/** The units of the two levels below the fund's (a commune's groups; a district's communes and their groups). */
	private List<Unit> unitsBelow(Upload upload) {
		Unit top = upload.fundUnit();
		LocalDate day = upload.drive() != null ? upload.drive().startsOn()
				: top.validTo() != null && top.validTo().isBefore(funds.today()) ? top.validTo() : funds.today();
		List<Unit> below = new ArrayList<>();
		for (Unit child : organization.children(top.id(), day)) {
			below.add(child);
			below.addAll(organization.children(child.id(), day));
		}
		return below;
	}
}
