package vn.mattran.fund.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;
import vn.mattran.fund.Channel;
import vn.mattran.fund.Donation;
import vn.mattran.fund.DonationDraft;
import vn.mattran.fund.Donor;
import vn.mattran.fund.DonorKind;
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
import vn.mattran.shared.jobs.JobProgress;
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
 * good rows. Each row is recorded through {@link Donations#record} with the source
 * "import:&lt;upload&gt;:row:&lt;n&gt;", so a retry or a second click adds nothing.
 */
@Service
public class DonationImport {

	private static final int MAX_BYTES = 20 * 1024 * 1024;
	static final String KIND = "fund-donation-import";
	/** Rows between two reports of progress. */
	private static final int STEP = 100;

	private final DonationImportRepository uploads;
	private final JdbcClient jdbc;
	private final Funds funds;
	private final Drives drives;
	private final Donations donations;
	private final Organization organization;
	private final AuditLog audit;
	private final JsonMapper json;
	private final Jobs jobs;
	private final Messages messages;
	private final TransactionTemplate transaction;
	private final TransactionTemplate separately;

	DonationImport(DonationImportRepository uploads, JdbcClient jdbc, Funds funds, Drives drives, Donations donations, Organization organization,
			AuditLog audit, JsonMapper json, Jobs jobs, Messages messages, PlatformTransactionManager transactions) {
		this.uploads = uploads;
		this.jdbc = jdbc;
		this.funds = funds;
		this.drives = drives;
		this.donations = donations;
		this.organization = organization;
		this.audit = audit;
		this.json = json;
		this.jobs = jobs;
		this.messages = messages;
		this.transaction = new TransactionTemplate(transactions);
		this.separately = new TransactionTemplate(transactions);
		this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
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
	 * The job's work: every agreed row recorded in ONE transaction, so that the list is stored whole
	 * or not at all. Compensating (voiding what a failed run had stored) was rejected: voided
	 * receipts would stay in the book, their donations would have been published meanwhile, and a
	 * crash in the middle would leave the compensation itself to be remembered; the database's own
	 * rollback needs none of that. The cost is that the fund's ledger head stays locked while the
	 * list is posted, so other entries to this fund wait for it (seconds for thousands of rows).
	 * Progress is reported in transactions of its own so that the page can show it; after a restart
	 * the job starts again from the first row, since nothing of the rolled-back run is left, and the
	 * rows' sources make sure that a run whose commit got through adds nothing the second time.
	 */
	String store(Job job, JobProgress progress) {
		long id = Long.parseLong(job.payload());
		long fundId = uploads.fundOf(id)
			.orElseThrow(() -> UserFacingException.notFound("import.error.notFound", String.valueOf(id)));
		Loaded loaded = load(fundId, id);
		String link = "/funds/" + fundId + "/import/" + id;
		if (loaded.upload().finished()) {
			return link;
		}
		Set<Integer> agreed = uploads.agreedRows(id);
		Preview preview = check(loaded);
		List<Good> rows = preview.good().stream().filter(g -> agreed.contains(g.row())).toList();
		requireStillGood(preview, agreed, rows);
		separately.executeWithoutResult(status -> {
			progress.total(rows.size());
			progress.step(0);
		});
		transaction.executeWithoutResult(status -> {
			long added = record(loaded.upload(), rows, progress);
			uploads.finish(id, added);
			audit.record(new AuditEvent(AuditAction.IMPORT, "donation", null, loaded.upload().fund().unitPath(),
					"Nhập " + added + " khoản ủng hộ từ " + loaded.upload().fileName(), null, null));
		});
		return link;
	}

	/** Records the rows in the caller's transaction; the number newly added (a retried row adds none). */
	private long record(Upload upload, List<Good> rows, JobProgress progress) {
		Map<String, Long> donorOfKey = new HashMap<>();
		Set<String> there = uploads.recordedSources(upload.id());
		long added = 0;
		for (int i = 0; i < rows.size(); i++) {
			Good good = rows.get(i);
			DonationDraft draft = withDonor(good.draft(), donorOfKey);
			try {
				Donation donation = donations.record(upload.fund().id(), draft);
				added += there.contains(draft.source()) ? 0 : 1;
				String key = DonationImportDonors.key(draft.donorName(), draft.donorPhone());
				if (key != null && draft.donorKind() != DonorKind.ANONYMOUS) {
					donorOfKey.putIfAbsent(key, donation.donor().id());
				}
			}
			catch (UserFacingException e) {
				throw UserFacingException.invalid("fund.import.error.rowFailed", String.valueOf(good.row()),
						messages.vi(e.messageKey(), e.args()));
			}
			if ((i + 1) % STEP == 0 || i + 1 == rows.size()) {
				int done = i + 1;
				separately.executeWithoutResult(status -> progress.step(done));
			}
		}
		return added;
	}

	/** The draft with the donor an earlier row of this file created, when it has the same name and phone. */
	private static DonationDraft withDonor(DonationDraft d, Map<String, Long> donorOfKey) {
		String key = DonationImportDonors.key(d.donorName(), d.donorPhone());
		Long donorId = d.donorId() != null || key == null ? d.donorId() : donorOfKey.get(key);
		return new DonationDraft(d.driveId(), donorId, d.donorKind(), d.donorName(), d.donorAddress(), d.donorPhone(),
				d.amount(), d.receivedOn(), d.channel(), d.unitId(), d.inKind(), d.note(), d.pledgeId(), d.source());
	}

	/** A row agreed when the run was asked for that has turned bad since (a period closed, say) stops the run. */
	private void requireStillGood(Preview preview, Set<Integer> agreed, List<Good> rows) {
		if (rows.size() == agreed.size()) {
			return;
		}
		Problem first = preview.problems().stream().filter(p -> agreed.contains(p.row())).findFirst()
			.orElse(new Problem(0, "", "fund.import.error.columnMissing", new Object[] { "?" }));
		throw UserFacingException.invalid("fund.import.error.rowFailed", String.valueOf(first.row()),
				messages.vi(first.messageKey(), first.args()));
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

	private record Loaded(Upload upload, TabularFile file) {
	}

	private Loaded load(long fundId, long id) {
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

	private Preview check(Loaded loaded) {
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
