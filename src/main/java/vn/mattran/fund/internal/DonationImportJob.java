package vn.mattran.fund.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import vn.mattran.fund.Donation;
import vn.mattran.fund.DonationDraft;
import vn.mattran.fund.DonorKind;
import vn.mattran.fund.internal.DonationImport.Good;
import vn.mattran.fund.internal.DonationImport.Preview;
import vn.mattran.fund.internal.DonationImport.Problem;
import vn.mattran.fund.internal.DonationImport.Upload;
import vn.mattran.shared.audit.AuditAction;
import vn.mattran.shared.audit.AuditEvent;
import vn.mattran.shared.audit.AuditLog;
import vn.mattran.shared.error.UserFacingException;
import vn.mattran.shared.jobs.Job;
import vn.mattran.shared.jobs.JobHandler;
import vn.mattran.shared.jobs.JobProgress;
import vn.mattran.shared.web.Messages;

/** Records an agreed collection list in the background, all or nothing (see {@link #run}). */
@Component
class DonationImportJob implements JobHandler {

	/** Rows recorded together, between two reports of progress. */
	private static final int STEP = 1_000;

	private final DonationImport imports;
	private final DonationImportRepository uploads;
	private final DonationBatch batch;
	private final AuditLog audit;
	private final Messages messages;
	private final TransactionTemplate transaction;
	private final TransactionTemplate separately;

	DonationImportJob(DonationImport imports, DonationImportRepository uploads, DonationBatch batch, AuditLog audit,
			Messages messages, PlatformTransactionManager transactions) {
		this.imports = imports;
		this.uploads = uploads;
		this.batch = batch;
		this.audit = audit;
		this.messages = messages;
		this.transaction = new TransactionTemplate(transactions);
		this.separately = new TransactionTemplate(transactions);
		this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	@Override
	public String kind() {
		return DonationImport.KIND;
	}

	/**
	 * The job's work: every agreed row recorded in ONE transaction, so that the list is stored whole
	 * or not at all. Compensating (voiding what a failed run had stored) was rejected: voided
	 * receipts would stay in the book, their donations would have been published meanwhile, and a
	 * crash in the middle would leave the compensation itself to be remembered; the database's own
	 * rollback needs none of that. The cost is that the fund's ledger head stays locked while the
	 * list is posted, so other entries to this fund wait for it (a second or two for ten thousand rows).
	 * Progress is reported in transactions of its own so that the page can show it; after a restart
	 * the job starts again from the first row, since nothing of the rolled-back run is left, and the
	 * rows' sources make sure that a run whose commit got through adds nothing the second time.
	 */
	@Override
	public String run(Job job, JobProgress progress) {
		long id = Long.parseLong(job.payload());
		long fundId = uploads.fundOf(id)
			.orElseThrow(() -> UserFacingException.notFound("import.error.notFound", String.valueOf(id)));
		DonationImport.Loaded loaded = imports.load(fundId, id);
		String link = "/funds/" + fundId + "/import/" + id;
		if (loaded.upload().finished()) {
			return link;
		}
		Set<Integer> agreed = uploads.agreedRows(id);
		Preview preview = imports.check(loaded);
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

	/**
	 * Records the rows in the caller's transaction, a step at a time through {@link DonationBatch}; the number newly
	 * added (a retried row adds none). Rows of one file with the same name and phone are one new donor.
	 */
	private long record(Upload upload, List<Good> rows, JobProgress progress) {
		Map<String, Long> donorOfKey = new HashMap<>();
		Set<String> there = uploads.recordedSources(upload.id());
		long added = 0;
		for (int start = 0; start < rows.size(); start += STEP) {
			List<Good> step = rows.subList(start, Math.min(rows.size(), start + STEP));
			List<DonationDraft> drafts = step.stream().map(g -> withDonor(g.draft(), donorOfKey)).toList();
			List<Donation> recorded;
			try {
				recorded = batch.record(upload.fund().id(), drafts, DonationImportJob::donorKey);
			}
			catch (DonationBatch.Refused e) {
				throw UserFacingException.invalid("fund.import.error.rowFailed", String.valueOf(step.get(e.index()).row()),
						messages.vi(e.reason().messageKey(), e.reason().args()));
			}
			for (int i = 0; i < drafts.size(); i++) {
				DonationDraft draft = drafts.get(i);
				added += there.contains(draft.source()) ? 0 : 1;
				String key = donorKey(draft);
				if (key != null) {
					donorOfKey.putIfAbsent(key, recorded.get(i).donor().id());
				}
			}
			int done = start + step.size();
			separately.executeWithoutResult(status -> progress.step(done));
		}
		return added;
	}

	/** Name and phone, by which two rows of a file are one donor; none for an anonymous donor. */
	private static String donorKey(DonationDraft draft) {
		return draft.donorKind() == DonorKind.ANONYMOUS ? null : DonationImportDonors.key(draft.donorName(), draft.donorPhone());
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
}
