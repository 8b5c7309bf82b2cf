package vn.mattran.organization.internal.units;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.mattran.organization.Unit;
import vn.mattran.shared.audit.AuditEvent;
import vn.mattran.shared.audit.AuditLog;
import vn.mattran.shared.error.InvalidInput;
import vn.mattran.shared.error.UserFacingException;
import vn.mattran.shared.format.Formats;
import vn.mattran.shared.security.CurrentUser;
import vn.mattran.shared.security.Role;

/**
 * Which units went into which: the official mapping's suggestions, their confirmation, and mergers
 * people record themselves (two residential groups joined into one). A confirmed succession widens
 * the scope of the successor's users to the predecessor's rows.
 */
@Service
public class UnitHistory {

	private final UnitService units;
	private final UnitRepository unitRows;
	private final SuccessionRepository successions;
	private final AuditLog audit;

	UnitHistory(UnitService units, UnitRepository unitRows, SuccessionRepository successions, AuditLog audit) {
		this.units = units;
		this.unitRows = unitRows;
		this.successions = successions;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	public List<Succession> successors(Unit unit) {
		return successions.successorsOf(unit.id());
	}

	@Transactional(readOnly = true)
	public List<Succession> predecessors(Unit unit) {
		return successions.predecessorsOf(unit.id());
	}

	/** Confirms a suggestion (or records a link) that {@code predecessorId} went into {@code successorId}. */
	@Transactional
	public void confirm(long predecessorId, long successorId) {
		CurrentUser.requireRole(Role.SYSTEM_ADMIN);
		Unit predecessor = units.get(predecessorId);
		Unit successor = units.get(successorId);
		successions.addConfirmed(predecessor.id(), successor.id(), CurrentUser.actorName());
		audit.record(AuditEvent.updated("unit-succession", predecessor.id() + ">" + successor.id(), predecessor.path(),
				predecessor.name() + " → " + successor.name(), null, Map.of("confirmed", true)));
	}

	/**
	 * Records that {@code unitId} was merged into {@code successorId} after {@code lastDay}: the unit
	 * closes on that day and the succession is confirmed. Official units only by a system administrator.
	 */
	@Transactional
	public Unit markMerged(long unitId, long successorId, LocalDate lastDay) {
		CurrentUser.requireRole(Role.UNIT_ADMIN);
		Unit unit = units.get(unitId);
		Unit successor = units.get(successorId);
		if (unit.official()) {
			CurrentUser.requireRole(Role.SYSTEM_ADMIN);
		}
		if (lastDay == null) {
			throw new InvalidInput("lastDay", "merge.error.lastDayRequired");
		}
		if (unit.id() == successor.id() || unit.level() != successor.level()) {
			throw new InvalidInput("successorId", "merge.error.successor", successor.name());
		}
		if (!unit.validOn(lastDay)) {
			throw new InvalidInput("lastDay", "merge.error.lastDayOutside", Formats.date(lastDay), unit.name());
		}
		long stillBelow = unitRows.countChildren(unit.id(), lastDay.plusDays(1));
		if (stillBelow > 0) {
			throw new InvalidInput("lastDay", "merge.error.hasChildren", unit.name(), stillBelow);
		}
		if (!successor.validOn(lastDay.plusDays(1))) {
			throw new InvalidInput("successorId", "merge.error.successorClosed", successor.name(),
					Formats.date(lastDay.plusDays(1)));
		}
		boolean closed = unitRows.update(unit.id(), unitRows.version(unit.id()),
				new UnitChange(unit.code(), unit.name(), unit.type(), unit.validFrom(), lastDay, unit.note()));
		if (!closed) {
			throw UserFacingException.conflict("error.changedMeanwhile", unit.name());
		}
		successions.addConfirmed(unit.id(), successor.id(), CurrentUser.actorName());
		Unit after = unitRows.byId(unit.id()).orElseThrow();
		audit.record(AuditEvent.updated("unit", unit.id(), unit.path(),
				unit.name() + " → " + successor.name() + " (" + Formats.date(lastDay) + ")", unit, after));
		return after;
	}
}
