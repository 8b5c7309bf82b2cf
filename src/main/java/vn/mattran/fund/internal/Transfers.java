package vn.mattran.fund.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.mattran.fund.Accounts;
import vn.mattran.fund.Fund;
import vn.mattran.fund.Transfer;
import vn.mattran.fund.TransferConfirmed;
import vn.mattran.shared.audit.AuditEvent;
import vn.mattran.shared.audit.AuditLog;
import vn.mattran.shared.error.InvalidInput;
import vn.mattran.shared.error.UserFacingException;
import vn.mattran.shared.format.Formats;
import vn.mattran.shared.security.CurrentUser;
import vn.mattran.shared.security.Role;
import vn.mattran.shared.text.VietnameseText;

/**
 * Money between funds of different units (remitted up, allocated down, sent to another province).
 * The sender posts it out of its bank into "in transit"; when the receiver confirms it arrived, the
 * sender's transit is cleared as a transfer out and the receiver's bank takes it in as a transfer in.
 */
@Service
public class Transfers {

	private final JdbcClient jdbc;
	private final Funds funds;
	private final Drives drives;
	private final Ledger ledger;
	private final AuditLog audit;
	private final ApplicationEventPublisher events;

	Transfers(JdbcClient jdbc, Funds funds, Drives drives, Ledger ledger, AuditLog audit,
			ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.funds = funds;
		this.drives = drives;
		this.ledger = ledger;
		this.audit = audit;
		this.events = events;
	}

	@Transactional
	public Transfer send(long fromFundId, long toFundId, Long amount, LocalDate sentOn, String purpose, Long driveId) {
		CurrentUser.requireRole(Role.OFFICER);
		Fund from = funds.get(fromFundId);
		Fund to = funds.directory().stream().filter(f -> f.id() == toFundId).findFirst()
			.orElseThrow(() -> new InvalidInput("toFundId", "fund.error.notFound", String.valueOf(toFundId)));
		if (to.id() == from.id()) {
			throw new InvalidInput("toFundId", "fund.error.transferSelf");
		}
		long value = Donations.amount(amount);
		String why = VietnameseText.cleanOrNull(purpose);
		if (why == null) {
			throw new InvalidInput("purpose", "fund.error.transferPurpose");
		}
		LocalDate on = sentOn == null ? funds.today() : sentOn;
		if (on.isAfter(funds.today())) {
			throw new InvalidInput("sentOn", "fund.error.future", Formats.date(on));
		}
		if (driveId != null) {
			drives.ofFund(fromFundId, driveId);
		}
		long entryId = ledger.post(Posting.of(fromFundId, on, "TRANSFER_SENT", "Chuyển " + to.name() + ": " + why, null,
				Line.debit(Accounts.IN_TRANSIT, value), Line.credit(Accounts.BANK, value)));
		long id = jdbc.sql("""
				insert into fund_transfer (from_fund_id, to_fund_id, amount, sent_on, purpose, drive_id, status, sent_entry_id,
				                           created_by)
				values (:from, :to, :amount, :on, :purpose, :drive, 'IN_TRANSIT', :entry, :by) returning id
				""").param("from", fromFundId).param("to", toFundId).param("amount", value).param("on", on)
			.param("purpose", why).param("drive", driveId).param("entry", entryId).param("by", CurrentUser.actorName())
			.query(Long.class).single();
		Transfer sent = find(id).orElseThrow();
		audit.record(AuditEvent.created("fund-transfer", id, from.unitPath(),
				"Chuyển " + Formats.money(value) + " đến " + to.name(), sent));
		return sent;
	}

	/** The receiving fund confirms the money arrived: both sides post, and it is no longer in transit. */
	@Transactional
	public Transfer confirm(long transferId, LocalDate receivedOn) {
		CurrentUser.requireRole(Role.OFFICER);
		Transfer transfer = find(transferId)
			.orElseThrow(() -> UserFacingException.notFound("fund.error.transferNotFound", String.valueOf(transferId)));
		Fund to = funds.get(transfer.toFundId());
		// Both funds' locks, the lower id first: a transfer from A to B and one from B to A confirmed at the same moment
		// would otherwise each hold one fund and wait for the other. Under them, a confirmation made meanwhile is seen.
		ledger.lockHead(Math.min(transfer.fromFundId(), transfer.toFundId()));
		ledger.lockHead(Math.max(transfer.fromFundId(), transfer.toFundId()));
		transfer = find(transferId).orElseThrow();
		if (transfer.confirmed()) {
			throw UserFacingException.conflict("fund.error.transferConfirmed", String.valueOf(transferId));
		}
		LocalDate on = receivedOn == null ? funds.today() : receivedOn;
		if (on.isAfter(funds.today()) || on.isBefore(transfer.sentOn())) {
			throw new InvalidInput("receivedOn", "fund.error.receivedOn", Formats.date(on), Formats.date(transfer.sentOn()));
		}
		long outId = ledger.post(Posting.of(transfer.fromFundId(), on, "TRANSFER_OUT",
				"Đã chuyển đến " + to.name() + ": " + transfer.purpose(), "transfer:" + transferId + ":out",
				Line.debit(Accounts.TRANSFER_OUT, transfer.amount()), Line.credit(Accounts.IN_TRANSIT, transfer.amount())));
		long inId = ledger.post(Posting.of(to.id(), on, "TRANSFER_IN",
				"Nhận từ " + transfer.fromName() + ": " + transfer.purpose(), "transfer:" + transferId + ":in",
				Line.debit(Accounts.BANK, transfer.amount()), Line.credit(Accounts.TRANSFER_IN, transfer.amount())));
		int updated = jdbc.sql("""
				update fund_transfer set status = 'CONFIRMED', confirmed_on = :on, confirmed_by = :by, out_entry_id = :out,
				       in_entry_id = :in
				where id = :id and status = 'IN_TRANSIT'
				""").param("on", on).param("by", CurrentUser.actorName()).param("out", outId).param("in", inId)
			.param("id", transferId).update();
		if (updated != 1) {
			throw UserFacingException.conflict("fund.error.transferConfirmed", String.valueOf(transferId));
		}
		Transfer confirmed = find(transferId).orElseThrow();
		audit.record(AuditEvent.updated("fund-transfer", transferId, to.unitPath(),
				"Xác nhận nhận " + Formats.money(transfer.amount()) + " từ " + transfer.fromName(), transfer, confirmed));
		events.publishEvent(new TransferConfirmed(transferId, transfer.fromFundId(), transfer.toFundId(),
				transfer.amount(), on));
		return confirmed;
	}

	/** Cash paid into the fund's bank account ({@code toBank}), or drawn from it as cash: one entry, no money leaves the fund. */
	@Transactional
	public void moveCash(long fundId, Long amount, LocalDate on, boolean toBank) {
		CurrentUser.requireRole(Role.OFFICER);
		Fund fund = funds.get(fundId);
		long value = Donations.amount(amount);
		LocalDate day = on == null ? funds.today() : on;
		if (day.isAfter(funds.today())) {
			throw new InvalidInput("on", "fund.error.future", Formats.date(day));
		}
		String from = toBank ? Accounts.CASH : Accounts.BANK;
		String to = toBank ? Accounts.BANK : Accounts.CASH;
		ledger.post(Posting.of(fundId, day, toBank ? "DEPOSIT" : "WITHDRAWAL",
				toBank ? "Nộp tiền mặt vào tài khoản ngân hàng" : "Rút tiền gửi ngân hàng về quỹ tiền mặt", null,
				Line.debit(to, value), Line.credit(from, value)));
		audit.record(AuditEvent.created("fund-cash", fundId, fund.unitPath(),
				(toBank ? "Nộp vào ngân hàng " : "Rút về tiền mặt ") + Formats.money(value), java.util.Map.of("amount", value)));
	}

	/** Transfers sent or received by a fund, newest first. */
	@Transactional(readOnly = true)
	public List<Transfer> ofFund(long fundId) {
		funds.get(fundId);
		return jdbc.sql(SELECT + " where t.from_fund_id = :fund or t.to_fund_id = :fund order by t.sent_on desc, t.id desc")
			.param("fund", fundId).query(Transfers::row).list();
	}

	private static final String SELECT = """
			select t.*, f.name as from_name, g.name as to_name
			from fund_transfer t join fund_fund f on f.id = t.from_fund_id join fund_fund g on g.id = t.to_fund_id
			""";

	Optional<Transfer> find(long id) {
		return jdbc.sql(SELECT + " where t.id = :id").param("id", id).query(Transfers::row).optional();
	}

	private static Transfer row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new Transfer(rs.getLong("id"), rs.getLong("from_fund_id"), rs.getString("from_name"),
				rs.getLong("to_fund_id"), rs.getString("to_name"), rs.getLong("amount"),
				rs.getObject("sent_on", LocalDate.class), rs.getString("purpose"), (Long) rs.getObject("drive_id"),
				"CONFIRMED".equals(rs.getString("status")), rs.getObject("confirmed_on", LocalDate.class),
				rs.getString("confirmed_by"));
	}
}
