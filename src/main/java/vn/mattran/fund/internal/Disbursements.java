package vn.mattran.fund.internal;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import org.apache.tika.Tika;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.mattran.fund.Accounts;
import vn.mattran.fund.Disbursement;
import vn.mattran.fund.DisbursementDraft;
import vn.mattran.fund.DisbursementPaid;
import vn.mattran.fund.DisbursementStatus;
import vn.mattran.fund.Fund;
import vn.mattran.households.Households;
import vn.mattran.households.SupportDraft;
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
 * Support payments: proposed by an officer (the amount is kept aside at once, so proposals can never
 * promise more than the fund holds), approved by the fund board (someone other than the proposer),
 * paid (one entry, and the household's support history), acknowledged with a signed form or a photo.
 */
@Service
public class Disbursements {

	static final int MAX_PROOF_BYTES = 10 * 1024 * 1024;
	private static final Set<String> PROOF_TYPES = Set.of("image/jpeg", "image/png", "image/webp", "application/pdf");
	private static final Tika TIKA = new Tika();

	private final Funds funds;
	private final Drives drives;
	private final DisbursementRepository disbursements;
	private final Ledger ledger;
	private final Households households;
	private final SupportRecipients recipients;
	private final AuditLog audit;
	private final ApplicationEventPublisher events;

	Disbursements(Funds funds, Drives drives, DisbursementRepository disbursements, Ledger ledger, Households households,
			SupportRecipients recipients, AuditLog audit, ApplicationEventPublisher events) {
		this.funds = funds;
		this.drives = drives;
		this.disbursements = disbursements;
		this.ledger = ledger;
		this.households = households;
		this.recipients = recipients;
		this.audit = audit;
		this.events = events;
	}

	@Transactional
	public Disbursement propose(long fundId, DisbursementDraft draft) {
		return propose(fundId, draft, null);
	}

	/** Proposes on a given day: a paper record entered after the fact keeps its own dates. */
	@Transactional
	public Disbursement propose(long fundId, DisbursementDraft draft, LocalDate proposedOn) {
		CurrentUser.requireRole(Role.OFFICER);
		LocalDate day = proposedOn == null ? funds.today() : proposedOn;
		if (day.isAfter(funds.today())) {
			throw new InvalidInput("proposedOn", "fund.error.future", Formats.date(day));
		}
		Fund fund = funds.get(fundId);
		if (draft.kind() == null) {
			throw new InvalidInput("kind", "fund.error.supportKind");
		}
		long amount = Donations.amount(draft.amount());
		if (draft.channel() == null) {
			throw new InvalidInput("channel", "fund.error.channel");
		}
		if (draft.driveId() != null) {
			drives.ofFund(fundId, draft.driveId());
		}
		SupportRecipients.Recipient recipient = recipients.of(fund, draft, amount);
		recipients.requireOpenNeed(draft);
		ledger.lockHead(fundId);
		long holds = ledger.balances(fundId).getOrDefault(draft.channel().account(), 0L);
		long available = holds - disbursements.reserved(fundId, draft.channel());
		if (amount > available) {
			throw UserFacingException.conflict("fund.error.notEnoughToPropose", Formats.money(amount),
					Formats.money(Math.max(0, available)), Formats.money(holds));
		}
		long id;
		try {
			id = disbursements.insert(new DisbursementRepository.NewDisbursement(fundId, draft.householdId(),
					draft.projectId(), recipient.name(), recipient.unit().id(), recipient.unit().path(), draft.kind(), amount,
					draft.channel(), VietnameseText.cleanOrNull(draft.reason()), draft.driveId(), draft.needId(),
					CurrentUser.actorName(), day));
		}
		catch (DuplicateKeyException e) {
			// another proposal for the same need, from this fund or another, committed between the check and here
			throw new InvalidInput("needId", "fund.error.needTaken", String.valueOf(draft.needId()));
		}
		Disbursement proposed = disbursements.find(id).orElseThrow();
		audit.record(AuditEvent.created("disbursement", id, recipient.unit().path(),
				"Đề xuất chi hỗ trợ " + Formats.money(amount), proposed));
		return proposed;
	}

	/** The fund board approves: someone other than the proposer, with the unit's administrator's rights. */
	@Transactional
	public Disbursement approve(long id) {
		return approve(id, null);
	}

	@Transactional
	public Disbursement approve(long id, LocalDate approvedOn) {
		Disbursement d = get(id);
		requireApprover(d);
		LocalDate day = approvedOn == null ? funds.today() : approvedOn;
		if (day.isAfter(funds.today()) || day.isBefore(d.proposedOn())) {
			throw new InvalidInput("approvedOn", "fund.error.approvedOn", Formats.date(day), Formats.date(d.proposedOn()));
		}
		return move(d, DisbursementStatus.PROPOSED, DisbursementStatus.APPROVED, "Duyệt chi",
				"approved_by = :by, approved_on = :on", "by", CurrentUser.actorName(), "on", day);
	}

	@Transactional
	public Disbursement reject(long id, String note) {
		Disbursement d = get(id);
		requireDecider(d, false);
		String why = VietnameseText.cleanOrNull(note);
		if (why == null) {
			throw new InvalidInput("note", "fund.error.rejectNote");
		}
		DisbursementStatus from = d.status() == DisbursementStatus.APPROVED ? DisbursementStatus.APPROVED
				: DisbursementStatus.PROPOSED;
		return move(d, from, DisbursementStatus.REJECTED, "Không duyệt chi", "note = :note", "note", why);
	}

	/**
	 * Who decides on a support: the fund board's members with an enabled account, when the board names any, or else
	 * the fund's unit administrators; and who approves it is never the one who proposed it (rejecting one's own
	 * proposal withdraws it).
	 */
	private void requireDecider(Disbursement d, boolean approving) {
		Set<Long> board = funds.boardAccounts(d.fundId());
		if (board.isEmpty()) {
			CurrentUser.requireRole(Role.UNIT_ADMIN);
		}
		else {
			CurrentUser.requireRole(Role.OFFICER);
			if (CurrentUser.get().filter(user -> board.contains(user.id())).isEmpty()) {
				throw UserFacingException.forbidden("fund.error.notOnBoard", funds.get(d.fundId()).name());
			}
		}
		if (approving && d.proposedBy().equals(CurrentUser.actorName())) {
			throw UserFacingException.forbidden("fund.error.selfApprove");
		}
	}

	private void requireApprover(Disbursement d) {
		requireDecider(d, true);
	}

	/** Whether the caller may approve ({@code approving}) or reject this support now, for the page's buttons. */
	@Transactional(readOnly = true)
	public boolean mayDecide(Disbursement d, boolean approving) {
		try {
			requireDecider(d, approving);
			return true;
		}
		catch (UserFacingException e) {
			return false;
		}
	}

	/** Pays an approved support: the entry, then the household's support history, in one transaction. */
	@Transactional
	public Disbursement pay(long id, LocalDate paidOn) {
		CurrentUser.requireRole(Role.OFFICER);
		Disbursement d = get(id);
		if (d.status() == DisbursementStatus.PROPOSED) {
			throw UserFacingException.conflict("fund.error.notApproved", String.valueOf(id));
		}
		if (d.status() != DisbursementStatus.APPROVED) {
			// already paid, acknowledged or rejected: "not approved yet" would send the officer to the board for nothing
			throw UserFacingException.conflict("fund.error.disbursementStatus", String.valueOf(id),
					UserFacingException.label("fund.disbursement.status." + d.status().name()));
		}
		LocalDate on = paidOn == null ? funds.today() : paidOn;
		if (on.isAfter(funds.today()) || on.isBefore(d.approvedOn())) {
			throw new InvalidInput("paidOn", "fund.error.paidOn", Formats.date(on), Formats.date(d.approvedOn()));
		}
		long entryId = ledger.post(Posting.of(d.fundId(), on, "DISBURSEMENT",
				"Chi hỗ trợ: " + d.recipient() + (d.reason() == null ? "" : " – " + d.reason()), "disbursement:" + id,
				Line.debit(Accounts.disbursed(d.kind()), d.amount()), Line.credit(d.channel().account(), d.amount())));
		Disbursement paid = move(d, DisbursementStatus.APPROVED, DisbursementStatus.PAID, "Chi hỗ trợ",
				"paid_on = :on, entry_id = :entry", "on", on, "entry", entryId);
		Long household = recipients.household(d.householdId(), d.projectId());
		if (household != null) {
			Fund fund = funds.get(d.fundId());
			households.recordSupport(new SupportDraft(household, d.kind(), d.amount(), d.reason(), on, fund.name(), true,
					"fund:disbursement:" + id, d.needId()));
		}
		events.publishEvent(new DisbursementPaid(id, d.fundId(), d.driveId(), d.unitId(), d.kind(), d.amount(), on));
		return paid;
	}

	/** The recipient signed the form, or a photo of it is kept: the payment is acknowledged. */
	@Transactional
	public Disbursement acknowledge(long id, String fileName, byte[] content) {
		CurrentUser.requireRole(Role.OFFICER);
		Disbursement d = get(id);
		if (content == null || content.length == 0) {
			throw new InvalidInput("proof", "fund.error.proofMissing");
		}
		if (content.length > MAX_PROOF_BYTES) {
			throw new InvalidInput("proof", "fund.error.proofTooLarge", fileName, Formats.fileSize(content.length),
					Formats.fileSize(MAX_PROOF_BYTES));
		}
		String type = TIKA.detect(content, fileName).toLowerCase(Locale.ROOT);
		if (!PROOF_TYPES.contains(type)) {
			throw new InvalidInput("proof", "fund.error.proofType", fileName, type);
		}
		return move(d, DisbursementStatus.PAID, DisbursementStatus.ACKNOWLEDGED, "Xác nhận đã nhận hỗ trợ",
				"acknowledged_on = :on, proof_name = :name, proof_type = :type, proof = :proof", "on", funds.today(),
				"name", fileName, "type", type, "proof", content);
	}

	@Transactional(readOnly = true)
	public Disbursement get(long id) {
		Disbursement d = disbursements.find(id)
			.orElseThrow(() -> UserFacingException.notFound("fund.error.disbursementNotFound", String.valueOf(id)));
		funds.get(d.fundId());
		return d;
	}

	@Transactional(readOnly = true)
	public PageOf<Disbursement> list(long fundId, DisbursementStatus status, PageRequest page) {
		funds.get(fundId);
		return new PageOf<>(disbursements.ofFund(fundId, status, page.size(), page.offset()), page.page(), page.size(),
				disbursements.countOfFund(fundId, status));
	}

	/** The signed form or photo kept for a payment: its file name, media type and bytes. */
	public record ProofFile(String name, String type, byte[] content) {
	}

	@Transactional(readOnly = true)
	public ProofFile proof(long id) {
		get(id);
		return disbursements.proof(id).map(p -> new ProofFile(p.name(), p.type(), p.content()))
			.orElseThrow(() -> UserFacingException.notFound("fund.error.proofMissing"));
	}

	private Disbursement move(Disbursement d, DisbursementStatus from, DisbursementStatus to, String what, String set,
			Object... values) {
		if (d.status() != from || !disbursements.move(d.id(), from, to, set, values)) {
			throw UserFacingException.conflict("fund.error.disbursementStatus", String.valueOf(d.id()),
					UserFacingException.label("fund.disbursement.status." + d.status().name()));
		}
		Disbursement after = disbursements.find(d.id()).orElseThrow();
		audit.record(AuditEvent.updated("disbursement", d.id(), disbursements.unitPath(d.id()),
				what + " " + Formats.money(d.amount()) + " – " + d.recipient(), d, after));
		return after;
	}
}
