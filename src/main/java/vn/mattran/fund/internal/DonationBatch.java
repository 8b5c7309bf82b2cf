package vn.mattran.fund.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.mattran.fund.Accounts;
import vn.mattran.fund.Donation;
import vn.mattran.fund.DonationDraft;
import vn.mattran.fund.Donor;
import vn.mattran.fund.Drive;
import vn.mattran.fund.Fund;
import vn.mattran.organization.Unit;
import vn.mattran.shared.audit.AuditEvent;
import vn.mattran.shared.audit.AuditLog;
import vn.mattran.shared.error.InvalidInput;
import vn.mattran.shared.error.UserFacingException;
import vn.mattran.shared.format.Formats;
import vn.mattran.shared.security.CurrentUser;
import vn.mattran.shared.security.Role;
import vn.mattran.shared.text.VietnameseText;

/**
 * Records a list of donations to one fund at once, by the rules of {@link Donations#record}: each draft checked the
 * same way, each a receipt number of its fund and year in the list's order, an entry chained after the one before,
 * the drive's running totals, an audit row and a {@code DonationRecorded} each, and a source recorded once. The fund
 * is locked once and every kind of row goes in one statement, so a bank's list of a hundred thousand transfers is
 * posted in seconds rather than minutes. A draft fulfilling a pledge is recorded on its own ({@link Donations#record}),
 * in its place in the list, since what a pledge still owes must be read after the donations before it.
 */
@Component
public class DonationBatch {

	private final Funds funds;
	private final Drives drives;
	private final Donations donations;
	private final DonationRepository repository;
	private final DonorRepository donors;
	private final DriveRepository driveTotals;
	private final ReceiptSeries receipts;
	private final Ledger ledger;
	private final LedgerBatch batch;
	private final AuditLog audit;
	private final ApplicationEventPublisher events;

	DonationBatch(Funds funds, Drives drives, Donations donations, DonationRepository repository, DonorRepository donors,
			DriveRepository driveTotals, ReceiptSeries receipts, Ledger ledger, LedgerBatch batch, AuditLog audit,
			ApplicationEventPublisher events) {
		this.funds = funds;
		this.drives = drives;
		this.donations = donations;
		this.repository = repository;
		this.donors = donors;
		this.driveTotals = driveTotals;
		this.receipts = receipts;
		this.ledger = ledger;
		this.batch = batch;
		this.audit = audit;
		this.events = events;
	}

	/** A draft of the list refused: its place in the list (from 0) and the reason, which names the field. */
	public static final class Refused extends RuntimeException {

		private final int index;
		private final UserFacingException reason;

		Refused(int index, UserFacingException reason) {
			super("draft " + index + ": " + reason.getMessage(), reason);
			this.index = index;
			this.reason = reason;
		}

		public int index() {
			return index;
		}

		public UserFacingException reason() {
			return reason;
		}
	}

	/**
	 * The donations in the order of the drafts: each newly recorded, or the one its source already recorded. Drafts
	 * that {@code sameDonor} gives one key (not null) and no donor id become one new donor. A refused draft refuses the
	 * whole list ({@link Refused}), and the caller's transaction is rolled back.
	 */
	@Transactional
	public List<Donation> record(long fundId, List<DonationDraft> drafts, Function<DonationDraft, String> sameDonor) {
		CurrentUser.requireRole(Role.OFFICER);
		Fund fund = funds.get(fundId);
		Ledger.Head head = ledger.lockHead(fundId);
		Map<String, Donation> recorded = repository.bySources(drafts.stream().map(DonationDraft::source)
			.filter(Objects::nonNull).distinct().toList());
		Donation[] result = new Donation[drafts.size()];
		Map<String, Integer> firstOfSource = new HashMap<>();
		List<Integer> run = new ArrayList<>();
		Lookups lookups = new Lookups(fund);
		for (int i = 0; i < drafts.size(); i++) {
			DonationDraft draft = drafts.get(i);
			if (draft.source() != null && (recorded.containsKey(draft.source()) || firstOfSource.containsKey(draft.source()))) {
				continue;
			}
			if (draft.source() != null) {
				firstOfSource.put(draft.source(), i);
			}
			if (draft.pledgeId() != null) {
				post(fund, drafts, run, lookups, head, sameDonor, result);
				run.clear();
				result[i] = recordOne(fundId, draft, i);
				continue;
			}
			run.add(i);
		}
		post(fund, drafts, run, lookups, head, sameDonor, result);
		for (int i = 0; i < drafts.size(); i++) {
			if (result[i] == null) {
				String source = drafts.get(i).source();
				result[i] = recorded.containsKey(source) ? recorded.get(source) : result[firstOfSource.get(source)];
			}
		}
		return List.of(result);
	}

	private Donation recordOne(long fundId, DonationDraft draft, int index) {
		try {
			return donations.record(fundId, draft);
		}
		catch (UserFacingException e) {
			throw new Refused(index, e);
		}
	}

	/** The drive and collecting unit of each draft, each looked up once. */
	private final class Lookups {

		private final Fund fund;
		private final Map<Long, Drive> drive = new HashMap<>();
		private final Map<Long, Unit> collector = new HashMap<>();

		Lookups(Fund fund) {
			this.fund = fund;
		}

		Donations.Checked check(DonationDraft draft) {
			return donations.check(fund, draft, id -> drive.computeIfAbsent(id, k -> drives.ofFund(fund.id(), k)),
					id -> collector.computeIfAbsent(id, k -> donations.collector(fund, k)));
		}
	}

	/** Records the drafts at {@code indexes} (none fulfils a pledge), in that order. */
	private void post(Fund fund, List<DonationDraft> drafts, List<Integer> indexes, Lookups lookups, Ledger.Head head,
			Function<DonationDraft, String> sameDonor, Donation[] result) {
		if (indexes.isEmpty()) {
			return;
		}
		long fundId = fund.id();
		Map<Long, Donor> known = donors.forDonations(indexes.stream().map(i -> drafts.get(i).donorId()).filter(Objects::nonNull)
			.distinct().toList());
		List<Donations.Checked> checked = new ArrayList<>();
		for (int i : indexes) {
			// in the order Donations.record checks a draft: its own fields, its donor, then the books' closed period
			try {
				Donations.Checked c = lookups.check(drafts.get(i));
				DonationDraft draft = c.draft();
				if (draft.donorId() != null && !known.containsKey(draft.donorId())) {
					throw new InvalidInput("donorId", "fund.error.donorNotFound", String.valueOf(draft.donorId()));
				}
				if (draft.donorId() == null) {
					Donors.newDonor(draft);
				}
				LocalDate closed = head.closedThrough();
				if (closed != null && !c.on().isAfter(closed)) {
					throw new InvalidInput("postedOn", "fund.error.closedPeriod", Formats.date(c.on()), Formats.date(closed));
				}
				checked.add(c);
			}
			catch (UserFacingException e) {
				throw new Refused(i, e);
			}
		}
		Donor[] donorOf = donors(checked, known, sameDonor);
		Map<Integer, List<Integer>> byYear = new LinkedHashMap<>();
		for (int k = 0; k < checked.size(); k++) {
			byYear.computeIfAbsent(checked.get(k).on().getYear(), y -> new ArrayList<>()).add(k);
		}
		ReceiptSeries.Number[] numbers = new ReceiptSeries.Number[checked.size()];
		byYear.forEach((year, ks) -> {
			List<ReceiptSeries.Number> taken = receipts.next(fundId, year, ks.size());
			for (int j = 0; j < ks.size(); j++) {
				numbers[ks.get(j)] = taken.get(j);
			}
		});
		List<Posting> postings = new ArrayList<>();
		for (int k = 0; k < checked.size(); k++) {
			postings.add(Donations.posting(fundId, checked.get(k), numbers[k], Accounts.income(checked.get(k).draft().driveId())));
		}
		List<Long> entries = batch.postAll(fundId, postings);
		String by = CurrentUser.actorName();
		List<DonationRepository.NewDonation> rows = new ArrayList<>();
		for (int k = 0; k < checked.size(); k++) {
			Donations.Checked c = checked.get(k);
			rows.add(new DonationRepository.NewDonation(fundId, c.draft().driveId(), donorOf[k].id(), c.amount(), c.on(),
					c.draft().channel(), c.collector().id(), c.collector().path(), c.inKind(),
					VietnameseText.cleanOrNull(c.draft().note()), null, numbers[k].year(), numbers[k].serial(),
					numbers[k].text(), entries.get(k), c.draft().source(), by));
		}
		List<Long> ids = repository.insertAll(rows);
		countTotals(checked);
		List<AuditEvent> audited = new ArrayList<>();
		for (int k = 0; k < checked.size(); k++) {
			Donations.Checked c = checked.get(k);
			DonationRepository.NewDonation row = rows.get(k);
			Donation donation = new Donation(ids.get(k), fundId, row.driveId(), donorOf[k], row.amount(), row.receivedOn(),
					row.channel(), row.unitId(), row.inKind(), row.note(), null, row.receiptNumber(), row.entryId(), false,
					null, by);
			result[indexes.get(k)] = donation;
			audited.add(Donations.audited(donation, c.collector().path()));
		}
		audit.recordAll(audited);
		for (int i : indexes) {
			events.publishEvent(Donations.recorded(result[i]));
		}
	}

	/** Each draft's donor (all checked): the chosen one, or a new one stored with the others (one for drafts of one key). */
	private Donor[] donors(List<Donations.Checked> checked, Map<Long, Donor> known, Function<DonationDraft, String> sameDonor) {
		Donor[] donorOf = new Donor[checked.size()];
		List<Donor> fresh = new ArrayList<>();
		Map<String, Integer> freshOfKey = new HashMap<>();
		int[] freshOf = new int[checked.size()];
		for (int k = 0; k < checked.size(); k++) {
			DonationDraft draft = checked.get(k).draft();
			freshOf[k] = -1;
			if (draft.donorId() != null) {
				donorOf[k] = known.get(draft.donorId());
				continue;
			}
			String key = sameDonor == null ? null : sameDonor.apply(draft);
			Integer earlier = key == null ? null : freshOfKey.get(key);
			if (earlier != null) {
				freshOf[k] = earlier;
				continue;
			}
			if (key != null) {
				freshOfKey.put(key, fresh.size());
			}
			freshOf[k] = fresh.size();
			fresh.add(Donors.newDonor(draft));
		}
		List<Long> ids = donors.insertAll(fresh);
		for (int k = 0; k < checked.size(); k++) {
			if (freshOf[k] >= 0) {
				Donor d = fresh.get(freshOf[k]);
				donorOf[k] = new Donor(ids.get(freshOf[k]), d.kind(), d.name(), d.address(), d.phone());
			}
		}
		return donorOf;
	}

	/** Adds the donations to their drives' running totals, one row per drive and collecting unit. */
	private void countTotals(List<Donations.Checked> checked) {
		record Key(long drive, long unit, String path) {
		}
		Map<Key, long[]> totals = new LinkedHashMap<>();
		for (Donations.Checked c : checked) {
			if (c.drive() != null) {
				long[] total = totals.computeIfAbsent(new Key(c.drive().id(), c.collector().id(), c.collector().path()),
						k -> new long[2]);
				total[0] += c.amount();
				total[1]++;
			}
		}
		totals.forEach((key, total) -> driveTotals.count(key.drive(), key.unit(), key.path(), total[0], (int) total[1]));
	}
}
