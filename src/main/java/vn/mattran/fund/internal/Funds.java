package vn.mattran.fund.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.mattran.fund.Fund;
import vn.mattran.fund.FundKind;
import vn.mattran.fund.LedgerCheck;
import vn.mattran.organization.Organization;
import vn.mattran.organization.UnitUser;
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
 * Funds of the committees in the user's scope: a fund's books are read and changed only by users
 * whose scope holds its unit; the ledger is verified and its periods closed here.
 */
@Service
public class Funds {

	private final FundRepository funds;
	private final Ledger ledger;
	private final Organization organization;
	private final AuditLog audit;
	private final Clock clock;

	Funds(FundRepository funds, Ledger ledger, Organization organization, AuditLog audit, Clock clock) {
		this.funds = funds;
		this.ledger = ledger;
		this.organization = organization;
		this.audit = audit;
		this.clock = clock;
	}

	public LocalDate today() {
		return LocalDate.now(clock);
	}

	@Transactional(readOnly = true)
	public List<Fund> list() {
		return view(funds.within(CurrentUser.scope()));
	}

	/** Every fund by name and unit (no balances), to choose where a transfer goes. */
	@Transactional(readOnly = true)
	public List<Fund> directory() {
		return view(funds.all()).stream().map(f -> new Fund(f.id(), f.unitId(), f.unitPath(), f.unitCode(), f.unitName(),
				f.name(), f.kind(), f.bankAccount(), f.bankName(), null, 0, 0, 0, 0)).toList();
	}

	/** The fund, refused (404, or 403 outside the caller's scope). */
	@Transactional(readOnly = true)
	public Fund get(long id) {
		FundRepository.FundRow row = row(id);
		CurrentUser.requireInScope(row.unitPath(), "#" + id + " " + row.name());
		return view(List.of(row)).get(0);
	}

	FundRepository.FundRow row(long id) {
		return funds.find(id).orElseThrow(() -> UserFacingException.notFound("fund.error.notFound", String.valueOf(id)));
	}

	@Transactional(readOnly = true)
	public List<FundRepository.BoardMember> board(long fundId) {
		get(fundId);
		return funds.board(fundId);
	}

	@Transactional
	public Fund create(long unitId, String name, FundKind kind, String bankAccount, String bankName) {
		CurrentUser.requireRole(Role.UNIT_ADMIN);
		Unit unit = organization.unit(unitId);
		CurrentUser.requireInScope(unit.path(), unit.name());
		String clean = VietnameseText.cleanOrNull(name);
		if (clean == null) {
			throw new InvalidInput("name", "fund.error.name");
		}
		long id = funds.insert(unit.id(), unit.path(), unit.provinceCode(), clean, kind == null ? FundKind.OTHER : kind,
				VietnameseText.cleanOrNull(bankAccount), VietnameseText.cleanOrNull(bankName));
		Fund fund = get(id);
		audit.record(AuditEvent.created("fund", id, unit.path(), "Quỹ " + clean, fund));
		return fund;
	}

	@Transactional
	public void addBoardMember(long fundId, String fullName, String role) {
		addBoardMember(fundId, fullName, role, null);
	}

	/**
	 * Adds a member to the fund's board, with their user account when they approve through the application: an
	 * officer or administrator whose scope holds the fund. Once the board names accounts, only they approve support.
	 */
	@Transactional
	public void addBoardMember(long fundId, String fullName, String role, Long userId) {
		CurrentUser.requireRole(Role.UNIT_ADMIN);
		Fund fund = get(fundId);
		String name = VietnameseText.cleanOrNull(fullName);
		String title = VietnameseText.cleanOrNull(role);
		if (name == null) {
			throw new InvalidInput("fullName", "fund.error.boardName");
		}
		if (userId != null) {
			boolean fits = organization.enabledUser(userId)
				.filter(user -> user.has(Role.OFFICER) && user.scope().contains(fund.unitPath())).isPresent();
			if (!fits) {
				throw new InvalidInput("userId", "fund.error.boardUser", String.valueOf(userId), fund.name());
			}
		}
		funds.addBoardMember(fundId, name, title == null ? "Thành viên" : title, userId);
		audit.record(AuditEvent.created("fund-board", fundId, fund.unitPath(), "Ban vận động quỹ: " + name, Map.of(
				"name", name, "role", title == null ? "Thành viên" : title, "userId", String.valueOf(userId))));
	}

	/** The accounts that may sit on the fund's board: officers and administrators of the fund's own unit. */
	@Transactional(readOnly = true)
	public List<UnitUser> boardCandidates(long fundId) {
		Fund fund = get(fundId);
		return organization.usersAt(fund.unitId()).stream().filter(user -> user.role().includes(Role.OFFICER)).toList();
	}

	/**
	 * The accounts through which the fund's board approves: its members' accounts still enabled with an officer's
	 * rights (none: its unit's administrators approve).
	 */
	Set<Long> boardAccounts(long fundId) {
		return funds.board(fundId).stream().map(FundRepository.BoardMember::userId).filter(Objects::nonNull)
			.filter(id -> organization.enabledUser(id).filter(user -> user.has(Role.OFFICER)).isPresent())
			.collect(Collectors.toSet());
	}

	/** Closes a month ("2024-10") or a year ("2024"): nothing can be posted into it afterwards. */
	@Transactional
	public LocalDate closePeriod(long fundId, String period) {
		CurrentUser.requireRole(Role.UNIT_ADMIN);
		Fund fund = get(fundId);
		LocalDate through = endOf(period);
		if (!through.isBefore(today())) {
			throw new InvalidInput("period", "fund.error.closeOpenPeriod", period);
		}
		ledger.closeThrough(fundId, through);
		audit.record(AuditEvent.updated("fund", fundId, fund.unitPath(), "Khóa sổ quỹ đến " + Formats.date(through),
				Map.of("closedThrough", String.valueOf(fund.closedThrough())), Map.of("closedThrough", through.toString())));
		return through;
	}

	static LocalDate endOf(String period) {
		String text = period == null ? "" : period.strip();
		try {
			if (text.matches("\\d{4}")) {
				return LocalDate.of(Integer.parseInt(text), 12, 31);
			}
			if (text.matches("\\d{4}-\\d{2}")) {
				return YearMonth.parse(text).atEndOfMonth();
			}
		}
		catch (RuntimeException e) {
			// falls through to the refusal below
		}
		throw new InvalidInput("period", "fund.error.period", text);
	}

	/** A journal entry as the ledger page lists it: number, day, kind, memo, lines, hash, and its reversal links. */
	public record JournalEntry(long id, long seq, LocalDate postedOn, String kind, String memo, Long reversesSeq,
			Long reversedBySeq, String createdBy, String hash, List<JournalLine> lines) {

		public JournalEntry {
			lines = List.copyOf(lines);
		}
	}

	/** One line of an entry: an account by code, debited or credited. */
	public record JournalLine(String account, long debit, long credit) {
	}

	/** The fund's journal, newest entry first. */
	@Transactional(readOnly = true)
	public PageOf<JournalEntry> journal(long fundId, PageRequest page) {
		get(fundId);
		return new PageOf<>(ledger.journal(fundId, page.size(), page.offset()), page.page(), page.size(),
				ledger.entries(fundId));
	}

	/** Recomputes the hash chain (anyone who may read the fund may check it). */
	public LedgerCheck verify(long fundId) {
		get(fundId);
		return ledger.verify(fundId);
	}

	private List<Fund> view(List<FundRepository.FundRow> rows) {
		Map<Long, Unit> units = organization.units(rows.stream().map(FundRepository.FundRow::unitId).distinct().toList());
		return rows.stream().map(r -> {
			Unit unit = units.get(r.unitId());
			return new Fund(r.id(), r.unitId(), r.unitPath(), unit == null ? null : unit.code(),
					unit == null ? null : unit.name(), r.name(), r.kind(), r.bankAccount(), r.bankName(), r.closedThrough(),
					r.cash(), r.bank(), r.goods(), r.inTransit());
		}).toList();
	}
}
