package vn.mattran.fund.internal;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.mattran.fund.Channel;
import vn.mattran.fund.Drive;
import vn.mattran.fund.Fund;
import vn.mattran.organization.Organization;
import vn.mattran.organization.Unit;
import vn.mattran.planning.PlanLookup;
import vn.mattran.planning.PlanSummary;
import vn.mattran.shared.audit.AuditEvent;
import vn.mattran.shared.audit.AuditLog;
import vn.mattran.shared.error.InvalidInput;
import vn.mattran.shared.error.UserFacingException;
import vn.mattran.shared.format.Formats;
import vn.mattran.shared.security.CurrentUser;
import vn.mattran.shared.security.Role;
import vn.mattran.shared.text.VietnameseText;

/** Drives of a fund, their targets for the units below, and progress against them rolled up the hierarchy. */
@Service
public class Drives {

	private static final int UNITS_AT_ONCE = 10_000;

	private final Funds funds;
	private final DriveRepository drives;
	private final Organization organization;
	private final AuditLog audit;
	private final PlanLookup plans;

	Drives(Funds funds, DriveRepository drives, Organization organization, AuditLog audit, PlanLookup plans) {
		this.plans = plans;
		this.funds = funds;
		this.drives = drives;
		this.organization = organization;
		this.audit = audit;
	}

	/** What a drive is opened with. */
	public record DriveDraft(String title, String purpose, LocalDate startsOn, LocalDate endsOn, Long planId,
			Set<Channel> channels, String norm, Integer dayWageDivisor, String beneficiary) {
	}

	/** A target with what was collected by its unit and every unit below it. */
	public record Progress(Unit unit, long target, long collected, long donations) {

		public int percent() {
			return target == 0 ? 0 : (int) Math.min(999, collected * 100 / target);
		}
	}

	@Transactional(readOnly = true)
	public List<Drive> list(long fundId) {
		funds.get(fundId);
		return drives.ofFund(fundId);
	}

	/** The drive, which must belong to the fund (an id from another fund is refused, not followed). */
	@Transactional(readOnly = true)
	public Drive ofFund(long fundId, long driveId) {
		Drive drive = drives.find(driveId).filter(d -> d.fundId() == fundId)
			.orElseThrow(() -> new InvalidInput("driveId", "fund.error.driveNotFound", String.valueOf(driveId)));
		return drive;
	}

	@Transactional(readOnly = true)
	public Drive get(long driveId) {
		Drive drive = drives.find(driveId)
			.orElseThrow(() -> UserFacingException.notFound("fund.error.driveNotFound", String.valueOf(driveId)));
		funds.get(drive.fundId());
		return drive;
	}

	@Transactional
	public Drive open(long fundId, DriveDraft draft) {
		CurrentUser.requireRole(Role.OFFICER);
		Fund fund = funds.get(fundId);
		String title = VietnameseText.cleanOrNull(draft.title());
		if (title == null) {
			throw new InvalidInput("title", "fund.error.driveTitle");
		}
		if (draft.startsOn() == null || draft.endsOn() == null) {
			throw new InvalidInput("startsOn", "fund.error.drivePeriod");
		}
		if (draft.endsOn().isBefore(draft.startsOn())) {
			throw new InvalidInput("endsOn", "fund.error.driveEndsBefore", Formats.date(draft.endsOn()),
					Formats.date(draft.startsOn()));
		}
		Set<Channel> channels = draft.channels() == null || draft.channels().isEmpty() ? EnumSet.allOf(Channel.class)
				: EnumSet.copyOf(draft.channels());
		int divisor = draft.dayWageDivisor() == null ? 22 : draft.dayWageDivisor();
		if (divisor < 1 || divisor > 31) {
			throw new InvalidInput("dayWageDivisor", "fund.error.divisor", String.valueOf(divisor));
		}
		requirePlan(draft.planId());
		long id = drives.insert(fundId, title, VietnameseText.cleanOrNull(draft.purpose()), draft.startsOn(),
				draft.endsOn(), draft.planId(), channels, VietnameseText.cleanOrNull(draft.norm()), divisor,
				VietnameseText.cleanOrNull(draft.beneficiary()));
		Drive drive = drives.find(id).orElseThrow();
		audit.record(AuditEvent.created("fund-drive", id, fund.unitPath(), "Đợt vận động: " + title, drive));
		return drive;
	}

	/** The plan a drive comes from must be one the officer can open (its unit's, or one it was assigned by). */
	private void requirePlan(Long planId) {
		if (planId == null) {
			return;
		}
		try {
			plans.summary(planId);
		}
		catch (UserFacingException e) {
			throw new InvalidInput("planId", "fund.error.planNotFound", String.valueOf(planId));
		}
	}

	/**
	 * The plan a drive comes from, as lists show it; none when there is none or the caller may not see it. Not a
	 * transaction of its own: a refused look-up inside one would mark it for rollback, and the page would fail.
	 */
	public Optional<PlanSummary> plan(Drive drive) {
		if (drive.planId() == null) {
			return Optional.empty();
		}
		try {
			return Optional.of(plans.summary(drive.planId()));
		}
		catch (UserFacingException e) {
			return Optional.empty();
		}
	}

	/** Sets the target (chỉ tiêu) of the fund's own unit or of a unit below it. */
	@Transactional
	public void setTarget(long driveId, long unitId, Long amount) {
		CurrentUser.requireRole(Role.OFFICER);
		Drive drive = get(driveId);
		Fund fund = funds.get(drive.fundId());
		Unit unit = organization.unit(unitId);
		if (!unit.path().equals(fund.unitPath()) && !unit.path().startsWith(fund.unitPath() + ".")) {
			throw new InvalidInput("unitId", "fund.error.targetOutside", unit.name(), fund.name());
		}
		long value = Donations.amount(amount);
		drives.setTarget(driveId, unitId, unit.path(), value);
		audit.record(AuditEvent.updated("fund-target", driveId, unit.path(),
				"Chỉ tiêu " + unit.name() + ": " + Formats.money(value), null,
				Map.of("unitId", unit.id(), "unit", unit.name(), "amount", value)));
	}

	/** Every target with what was collected under it, from the running totals per collecting unit. */
	@Transactional(readOnly = true)
	public List<Progress> progress(long driveId) {
		get(driveId);
		List<DriveRepository.TargetProgress> rows = drives.progress(driveId);
		// a national drive has ~100,000 targets: their units are named in slices, as one "in (...)" takes at most
		// 65,535 values
		Map<Long, Unit> units = new HashMap<>();
		for (int from = 0; from < rows.size(); from += UNITS_AT_ONCE) {
			units.putAll(organization.units(rows.subList(from, Math.min(rows.size(), from + UNITS_AT_ONCE)).stream()
				.map(DriveRepository.TargetProgress::unitId).toList()));
		}
		return rows.stream().map(r -> new Progress(units.get(r.unitId()), r.target(), r.collected(), r.donations())).toList();
	}
}
