package vn.mattran.fund.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.mattran.fund.Accounts;
import vn.mattran.fund.DonationDraft;
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

/**
 * Pledges (cam kết): income when promised (pledges receivable debited), fulfilled by donations that
 * name them; the ones past their due date and not fully given are listed as overdue.
 */
@Service
public class Pledges {

	private final JdbcClient jdbc;
	private final Funds funds;
	private final Donors donors;
	private final Drives drives;
	private final Ledger ledger;
	private final Organization organization;
	private final AuditLog audit;

	Pledges(JdbcClient jdbc, Funds funds, Donors donors, Drives drives, Ledger ledger, Organization organization,
			AuditLog audit) {
		this.jdbc = jdbc;
		this.funds = funds;
		this.donors = donors;
		this.drives = drives;
		this.ledger = ledger;
		this.organization = organization;
		this.audit = audit;
	}

	record Open(long id, long remaining) {
	}

	/** A pledge as listed: who, how much, by when, how much was given. */
	public record Pledge(long id, long fundId, Long driveId, long donorId, String donorName, long amount,
			LocalDate pledgedOn, LocalDate dueOn, long fulfilled, String note) {

		public long remaining() {
			return amount - fulfilled;
		}

		public boolean overdue(LocalDate today) {
			return remaining() > 0 && today.isAfter(dueOn);
		}
	}

	@Transactional
	public Pledge pledge(long fundId, DonationDraft draft, LocalDate dueOn) {
		CurrentUser.requireRole(Role.OFFICER);
		Fund fund = funds.get(fundId);
		long amount = Donations.amount(draft.amount());
		LocalDate on = draft.receivedOn() == null ? funds.today() : draft.receivedOn();
		if (dueOn == null || dueOn.isBefore(on)) {
			throw new InvalidInput("dueOn", "fund.error.pledgeDue", dueOn == null ? "" : Formats.date(dueOn));
		}
		if (draft.driveId() != null) {
			drives.ofFund(fundId, draft.driveId());
		}
		long donorId = donors.resolve(draft);
		Unit unit = organization.unit(draft.unitId() == null ? fund.unitId() : draft.unitId());
		CurrentUser.requireInScope(unit.path(), unit.name());
		long entryId = ledger.post(Posting.of(fundId, on, "PLEDGE", "Cam kết ủng hộ " + Formats.money(amount), null,
				Line.debit(Accounts.PLEDGES, amount), Line.credit(Accounts.income(draft.driveId()), amount)));
		long id = jdbc.sql("""
				insert into fund_pledge (fund_id, drive_id, donor_id, amount, pledged_on, due_on, unit_id, unit_path, note,
				                         entry_id, created_by)
				values (:fund, :drive, :donor, :amount, :on, :due, :unit, cast(:path as ltree), :note, :entry, :by) returning id
				""").param("fund", fundId).param("drive", draft.driveId()).param("donor", donorId).param("amount", amount)
			.param("on", on).param("due", dueOn).param("unit", unit.id()).param("path", unit.path())
			.param("note", draft.note()).param("entry", entryId).param("by", CurrentUser.actorName())
			.query(Long.class).single();
		audit.record(AuditEvent.created("fund-pledge", id, unit.path(), "Cam kết " + Formats.money(amount),
				Map.of("amount", amount, "dueOn", dueOn.toString(), "donor", donorId)));
		return list(fundId).stream().filter(p -> p.id() == id).findFirst().orElseThrow();
	}

	@Transactional(readOnly = true)
	public List<Pledge> list(long fundId) {
		funds.get(fundId);
		return jdbc.sql("""
				select p.id, p.fund_id, p.drive_id, p.donor_id, o.name, p.amount, p.pledged_on, p.due_on, p.fulfilled, p.note
				from fund_pledge p join fund_donor o on o.id = p.donor_id where p.fund_id = :fund order by p.due_on, p.id
				""").param("fund", fundId)
			.query((rs, n) -> new Pledge(rs.getLong(1), rs.getLong(2), (Long) rs.getObject(3), rs.getLong(4),
					rs.getString(5), rs.getLong(6), rs.getObject(7, LocalDate.class), rs.getObject(8, LocalDate.class),
					rs.getLong(9), rs.getString(10)))
			.list();
	}

	/** The pledge a donation fulfils: of this fund and donor, with at least the amount still to give. */
	@Transactional(propagation = Propagation.MANDATORY)
	Open open(long fundId, long pledgeId, long donorId, long amount) {
		record Row(long fundId, long donorId, long remaining) {
		}
		Row row = jdbc.sql("select fund_id, donor_id, amount - fulfilled from fund_pledge where id = :id for update")
			.param("id", pledgeId).query((rs, n) -> new Row(rs.getLong(1), rs.getLong(2), rs.getLong(3))).optional()
			.filter(r -> r.fundId() == fundId)
			.orElseThrow(() -> new InvalidInput("pledgeId", "fund.error.pledgeNotFound", String.valueOf(pledgeId)));
		if (row.donorId() != donorId) {
			throw new InvalidInput("pledgeId", "fund.error.pledgeDonor", String.valueOf(pledgeId));
		}
		if (amount > row.remaining()) {
			throw new InvalidInput("amount", "fund.error.pledgeExceeded", Formats.money(amount),
					Formats.money(row.remaining()));
		}
		return new Open(pledgeId, row.remaining());
	}

	@Transactional(propagation = Propagation.MANDATORY)
	void fulfil(long pledgeId, long amount) {
		int updated = jdbc.sql("update fund_pledge set fulfilled = fulfilled + :amount where id = :id")
			.param("amount", amount).param("id", pledgeId).update();
		if (updated != 1) {
			throw UserFacingException.notFound("fund.error.pledgeNotFound", String.valueOf(pledgeId));
		}
	}
}
