package vn.mattran.fund.internal;

import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.mattran.fund.Accounts;
import vn.mattran.fund.Channel;
import vn.mattran.fund.Donation;
import vn.mattran.fund.DonationDraft;
import vn.mattran.fund.DonationRecorded;
import vn.mattran.fund.DonationVoided;
import vn.mattran.fund.Drive;
import vn.mattran.fund.Fund;
import vn.mattran.organization.Organization;
import vn.mattran.organization.Unit;
import vn.mattran.shared.audit.AuditEvent;
import vn.mattran.shared.audit.AuditLog;
import vn.mattran.shared.error.InvalidInput;
import vn.mattran.shared.error.UserFacingException;
import vn.mattran.shared.format.Formats;
import vn.mattran.shared.security.CurrentUser;
import vn.mattran.shared.security.Role;
import vn.mattran.shared.text.VietnameseText;
import vn.mattran.shared.web.PageOf;
import vn.mattran.shared.web.PageRequest;

/**
 * Recording donations: each gets the next receipt number of its fund and year and posts one entry
 * (the channel's account debited, the drive's income or the pledge credited); a mistake is voided
 * with a reason, which keeps the receipt and reverses its entry.
 */
@Service
public class Donations {

	/** The largest single donation accepted: a typing slip of a few zeros should not become a fund's balance. */
	static final long MAX_AMOUNT = 1_000_000_000_000L;

	private final Funds funds;
	private final Drives drives;
	private final Donors donors;
	private final DonationRepository donations;
	private final DriveRepository driveTotals;
	private final Pledges pledges;
	private final ReceiptSeries receipts;
	private final Ledger ledger;
	private final Organization organization;
	private final AuditLog audit;
	private final ApplicationEventPublisher events;

	Donations(Funds funds, Drives drives, Donors donors, DonationRepository donations, DriveRepository driveTotals,
			Pledges pledges, ReceiptSeries receipts, Ledger ledger, Organization organization, AuditLog audit,
			ApplicationEventPublisher events) {
		this.funds = funds;
		this.drives = drives;
		this.donors = donors;
		this.donations = donations;
		this.driveTotals = driveTotals;
		this.pledges = pledges;
		this.receipts = receipts;
		this.ledger = ledger;
		this.organization = organization;
		this.audit = audit;
		this.events = events;
	}

	@Transactional
	public Donation record(long fundId, DonationDraft draft) {
		CurrentUser.requireRole(Role.OFFICER);
		Fund fund = funds.get(fundId);
		// Every lock of a donation is taken after the fund's (its chain head): a void, a payment or another
		// donation of the same fund waits here, so none of them can take the same rows in the other order.
		ledger.lockHead(fundId);
		if (draft.source() != null) {
			var recorded = donations.bySource(draft.source());
			if (recorded.isPresent()) {
				return recorded.get();
			}
		}
		Checked checked = check(fund, draft, id -> drives.ofFund(fundId, id), id -> collector(fund, id));
		long amount = checked.amount();
		LocalDate on = checked.on();
		Drive drive = checked.drive();
		String inKind = checked.inKind();
		Unit collector = checked.collector();
		long donorId = donors.resolve(draft);
		Pledges.Open pledge = draft.pledgeId() == null ? null : pledges.open(fundId, draft.pledgeId(), donorId, amount);
		ReceiptSeries.Number number = receipts.next(fundId, on.getYear());
		String credited = pledge != null ? Accounts.PLEDGES : Accounts.income(draft.driveId());
		long entryId = ledger.post(posting(fundId, checked, number, credited));
		long id = donations.insert(new DonationRepository.NewDonation(fundId, draft.driveId(), donorId, amount, on,
				draft.channel(), collector.id(), collector.path(), inKind, VietnameseText.cleanOrNull(draft.note()),
				draft.pledgeId(), number.year(), number.serial(), number.text(), entryId, draft.source(),
				CurrentUser.actorName()));
		if (drive != null) {
			driveTotals.count(drive.id(), collector.id(), collector.path(), amount, 1);
		}
		if (pledge != null) {
			pledges.fulfil(pledge.id(), amount);
		}
		Donation donation = donations.find(id).orElseThrow();
		audit.record(audited(donation, collector.path()));
		events.publishEvent(recorded(donation));
		return donation;
	}

	/** The audit log's row for a donation just recorded. */
	static AuditEvent audited(Donation donation, String unitPath) {
		return AuditEvent.created("donation", donation.id(), unitPath, "Ủng hộ " + Formats.money(donation.amount()) + " – "
				+ donation.donor().publicName() + ", biên lai " + donation.receiptNumber(), donation);
	}

	/** What the public pages hear of a donation just recorded: never a hidden donor's name. */
	static DonationRecorded recorded(Donation donation) {
		return new DonationRecorded(donation.id(), donation.fundId(), donation.driveId(), donation.unitId(),
				donation.amount(), donation.receivedOn(), donation.channel(), donation.donor().kind(),
				donation.donor().publicName(), donation.receiptNumber());
	}

	/** A draft as it will be recorded: its amount, day, drive (or none), goods in kind and collecting unit. */
	record Checked(DonationDraft draft, long amount, LocalDate on, Drive drive, String inKind, Unit collector) {
	}

	/**
	 * Every rule a donation's own fields must keep, each refusal naming its field; {@code drive} and {@code collector}
	 * find the drive and the collecting unit (null: the fund's own), so that a batch can look each up once.
	 */
	Checked check(Fund fund, DonationDraft draft, Function<Long, Drive> drive, Function<Long, Unit> collector) {
		long amount = amount(draft.amount());
		LocalDate on = draft.receivedOn() == null ? funds.today() : draft.receivedOn();
		if (on.isAfter(funds.today())) {
			throw new InvalidInput("receivedOn", "fund.error.future", Formats.date(on));
		}
		if (draft.channel() == null) {
			throw new InvalidInput("channel", "fund.error.channel");
		}
		Drive of = draft.driveId() == null ? null : drive.apply(draft.driveId());
		if (of != null) {
			requireFits(of, draft.channel(), on);
		}
		String inKind = VietnameseText.cleanOrNull(draft.inKind());
		if (draft.channel() == Channel.IN_KIND && inKind == null) {
			throw new InvalidInput("inKind", "fund.error.inKind");
		}
		return new Checked(draft, amount, on, of, inKind, collector.apply(draft.unitId()));
	}

	/** The entry a donation posts: the channel's account debited, {@code credited} (the drive's income or the pledges) credited. */
	static Posting posting(long fundId, Checked donation, ReceiptSeries.Number number, String credited) {
		return Posting.of(fundId, donation.on(), "DONATION",
				"Thu ủng hộ, biên lai " + number.text() + (donation.drive() == null ? "" : " – " + donation.drive().title()),
				"receipt:" + fundId + ":" + number.text(), Line.debit(donation.draft().channel().account(), donation.amount()),
				Line.credit(credited, donation.amount()));
	}

	/** Voids a receipt: it stays, marked void with the reason, and its entry is reversed today. */
	@Transactional
	public Donation voidReceipt(long donationId, String reason) {
		return voidReceipt(donationId, reason, null);
	}

	/** Voids on a given day (a paper receipt voided before it was entered keeps its day), from the donation's day to today. */
	@Transactional
	public Donation voidReceipt(long donationId, String reason, LocalDate on) {
		CurrentUser.requireRole(Role.OFFICER);
		long fundId = get(donationId).fundId();
		String why = VietnameseText.cleanOrNull(reason);
		if (why == null) {
			throw new InvalidInput("reason", "fund.error.voidReason");
		}
		// Read again under the fund's lock: of two officers voiding the same receipt at once, the second sees the first's
		// void and is refused, rather than taking the amount off the drive's total and the pledge a second time.
		ledger.lockHead(fundId);
		Donation donation = donations.find(donationId).orElseThrow();
		if (donation.voided()) {
			throw UserFacingException.conflict("fund.error.alreadyVoided", donation.receiptNumber());
		}
		LocalDate day = on == null ? funds.today() : on;
		if (day.isAfter(funds.today()) || day.isBefore(donation.receivedOn())) {
			throw new InvalidInput("on", "fund.error.voidOn", Formats.date(day), Formats.date(donation.receivedOn()));
		}
		long entryId = ledger.reverse(donation.entryId(), day, "VOID",
				"Hủy biên lai " + donation.receiptNumber() + ": " + why, "void:donation:" + donationId);
		donations.markVoided(donationId, why, entryId);
		String path = donations.unitPath(donationId);
		if (donation.driveId() != null) {
			driveTotals.count(donation.driveId(), donation.unitId(), path, -donation.amount(), -1);
		}
		if (donation.pledgeId() != null) {
			pledges.fulfil(donation.pledgeId(), -donation.amount());
		}
		Donation voided = donations.find(donationId).orElseThrow();
		audit.record(AuditEvent.updated("donation", donationId, path, "Hủy biên lai " + donation.receiptNumber(),
				donation, voided));
		events.publishEvent(new DonationVoided(donationId, donation.fundId(), donation.driveId(), donation.amount(), why));
		return voided;
	}

	/** The donation, refused outside the caller's scope (the fund's or the collecting unit's). */
	@Transactional(readOnly = true)
	public Donation get(long id) {
		Donation donation = donations.find(id)
			.orElseThrow(() -> UserFacingException.notFound("fund.error.donationNotFound", String.valueOf(id)));
		funds.get(donation.fundId());
		return donation;
	}

	@Transactional(readOnly = true)
	public PageOf<Donation> search(long fundId, DonationFilter filter, PageRequest page) {
		funds.get(fundId);
		return donations.search(fundId, filter, page);
	}

	static long amount(Long amount) {
		if (amount == null || amount <= 0) {
			throw new InvalidInput("amount", "fund.error.amount", amount == null ? "" : Formats.number(amount));
		}
		if (amount > MAX_AMOUNT) {
			throw new InvalidInput("amount", "fund.error.amountTooLarge", Formats.number(amount));
		}
		return amount;
	}

	private static void requireFits(Drive drive, Channel channel, LocalDate on) {
		if (!drive.channels().contains(channel)) {
			throw new InvalidInput("channel", "fund.error.channelNotAccepted", UserFacingException.label("fund.channel." + channel.name()),
					drive.title());
		}
		if (!drive.covers(on)) {
			throw new InvalidInput("receivedOn", "fund.error.outsideDrive", Formats.date(on), drive.title(),
					Formats.date(drive.startsOn()), Formats.date(drive.endsOn()));
		}
	}

	/** The collecting unit: the fund's own, or one below it that the caller's scope holds. */
	Unit collector(Fund fund, Long unitId) {
		if (unitId == null || unitId == fund.unitId()) {
			return organization.unit(fund.unitId());
		}
		Unit unit = organization.unit(unitId);
		if (!unit.path().startsWith(fund.unitPath() + ".")) {
			throw new InvalidInput("unitId", "fund.error.collectorOutside", unit.name(), fund.name());
		}
		CurrentUser.requireInScope(unit.path(), unit.name());
		return unit;
	}

	Map<String, Long> balances(long fundId) {
		return ledger.balances(fundId);
	}
}
