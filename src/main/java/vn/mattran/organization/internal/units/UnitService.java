package vn.mattran.organization.internal.units;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.mattran.organization.Unit;
import vn.mattran.organization.UnitLevel;
import vn.mattran.organization.UnitTypes;
import vn.mattran.shared.audit.AuditEvent;
import vn.mattran.shared.audit.AuditLog;
import vn.mattran.shared.error.InvalidInput;
import vn.mattran.shared.error.UserFacingException;
import vn.mattran.shared.format.Formats;
import vn.mattran.shared.security.CurrentUser;
import vn.mattran.shared.security.Role;
import vn.mattran.shared.security.Scope;
import vn.mattran.shared.text.VietnameseText;
import vn.mattran.shared.web.PageOf;
import vn.mattran.shared.web.PageRequest;

/** Reading and changing units within the current user's scope. */
@Service
public class UnitService {

	private final UnitRepository units;
	private final AuditLog audit;
	private final Clock clock;

	UnitService(UnitRepository units, AuditLog audit, Clock clock) {
		this.units = units;
		this.audit = audit;
		this.clock = clock;
	}

	public LocalDate today() {
		return LocalDate.now(clock);
	}

	/** The unit, if it exists and lies in the user's scope (404 and 403 otherwise). */
	@Transactional(readOnly = true)
	public Unit get(long id) {
		Unit unit = units.byId(id).orElseThrow(() -> UserFacingException.notFound("unit.error.noSuchId", String.valueOf(id)));
		CurrentUser.requireInScope(unit.path(), unit.name());
		return unit;
	}

	/** Units by id without a scope check: names and places are public facts, for labelling rows already allowed. */
	@Transactional(readOnly = true)
	public List<Unit> byIds(Collection<Long> ids) {
		return units.byIds(ids);
	}

	/** The unit that carries {@code code} on {@code day}, in the user's scope. */
	@Transactional(readOnly = true)
	public Unit byCode(String code, LocalDate day) {
		Unit unit = units.byCode(code, day)
			.orElseThrow(() -> UserFacingException.notFound("unit.error.noSuchCode", code, Formats.date(day)));
		CurrentUser.requireInScope(unit.path(), unit.name() + " (" + code + ")");
		return unit;
	}

	/** Any unit with this code on that day, without a scope check: for resolving references, not for showing. */
	@Transactional(readOnly = true)
	public Optional<Unit> findByCode(String code, LocalDate day) {
		return units.byCode(code, day);
	}

	/** The tree's starting points: the top level for the whole country, else the user's scope roots. */
	@Transactional(readOnly = true)
	public List<Unit> roots(LocalDate day) {
		Scope scope = CurrentUser.scope();
		return scope.everything() ? units.topLevel(day) : units.byPaths(scope.paths());
	}

	/** Children in force on {@code day}, or on the parent's last (first) day when the parent was closed (not yet open). */
	@Transactional(readOnly = true)
	public PageOf<Unit> children(Unit parent, LocalDate day, PageRequest page) {
		return units.children(parent.id(), dayWithin(parent, day), page);
	}

	/** Units beside {@code unit} under the same parent on {@code day}, those in the user's scope (merger candidates). */
	@Transactional(readOnly = true)
	public List<Unit> siblingsInScope(Unit unit, LocalDate day) {
		if (unit.parentId() == null) {
			return List.of();
		}
		Scope scope = CurrentUser.scope();
		return units.children(unit.parentId(), dayWithin(unit, day), new PageRequest(0, PageRequest.MAX_SIZE)).items()
			.stream()
			.filter(other -> other.id() != unit.id() && scope.contains(other.path()))
			.toList();
	}

	@Transactional(readOnly = true)
	public long countChildren(Unit parent, LocalDate day) {
		return units.countChildren(parent.id(), dayWithin(parent, day));
	}

	public static LocalDate dayWithin(Unit unit, LocalDate day) {
		if (unit.validTo() != null && day.isAfter(unit.validTo())) {
			return unit.validTo();
		}
		if (unit.validFrom() != null && day.isBefore(unit.validFrom())) {
			return unit.validFrom();
		}
		return day;
	}

	/** The units above, from the top (names are public facts, so this is not limited by scope). */
	@Transactional(readOnly = true)
	public List<Unit> lineage(Unit unit) {
		return units.lineage(unit.path());
	}

	/** Search by name without diacritics within scope; {@code day} null searches every period. */
	@Transactional(readOnly = true)
	public PageOf<Unit> search(String query, LocalDate day, PageRequest page) {
		return units.search(query == null ? "" : query, CurrentUser.scope(), day, page);
	}

	@Transactional(readOnly = true)
	public Optional<Unit> latestByCode(String code) {
		return units.allByCode(code).stream().findFirst();
	}

	@Transactional(readOnly = true)
	public List<Unit> allPeriodsOfCode(String code) {
		Scope scope = CurrentUser.scope();
		return units.allByCode(code).stream().filter(unit -> scope.contains(unit.path())).toList();
	}

	/** Paths of the home unit and of every unit confirmed as merged into it: a user's scope. */
	@Transactional(readOnly = true)
	public List<String> scopePaths(long homeUnitId) {
		return units.scopePaths(homeUnitId);
	}

	@Transactional
	public Unit create(UnitDraft draft) {
		Unit parent = draft.parentId() == null ? null : get(draft.parentId());
		if (parent == null) {
			CurrentUser.requireRole(Role.SYSTEM_ADMIN);
		}
		NewUnit unit = complete(draft, parent);
		UnitRules.check(unit, parent);
		refuseCodeInUse(unit.code(), unit.validFrom(), unit.validTo(), null);
		long id = units.nextId();
		String path = parent == null ? String.valueOf(id) : parent.path() + "." + id;
		try {
			units.insert(id, unit, path);
		}
		catch (DataIntegrityViolationException e) {
			throw new InvalidInput("code", "unit.error.codeInUse", unit.code());
		}
		Unit created = units.byId(id).orElseThrow();
		audit.record(AuditEvent.created("unit", id, path, created.name(), created));
		return created;
	}

	/** Fills what a person may leave out: text cleaned, the type from the name, the period from a closed parent. */
	private NewUnit complete(UnitDraft draft, Unit parent) {
		String name = VietnameseText.cleanOrNull(draft.name());
		UnitLevel level = draft.level();
		String type = VietnameseText.cleanOrNull(draft.type());
		if (type == null && level != null && name != null) {
			type = UnitTypes.fromName(level, name);
		}
		LocalDate from = draft.validFrom() != null || parent == null ? draft.validFrom() : parent.validFrom();
		LocalDate to = draft.validTo() != null || parent == null ? draft.validTo() : parent.validTo();
		String province = parent == null ? VietnameseText.cleanOrNull(draft.code()) : parent.provinceCode();
		return new NewUnit(VietnameseText.cleanOrNull(draft.code()), name, type, level,
				parent == null ? null : parent.id(), province, from, to, false, VietnameseText.cleanOrNull(draft.note()));
	}

	@Transactional
	public Unit update(long id, int version, UnitChange requested) {
		Unit before = get(id);
		CurrentUser.requireRole(before.official() ? Role.SYSTEM_ADMIN : Role.UNIT_ADMIN);
		String name = VietnameseText.cleanOrNull(requested.name());
		UnitRules.checkName(name);
		String type = VietnameseText.cleanOrNull(requested.type());
		UnitChange change = new UnitChange(VietnameseText.cleanOrNull(requested.code()), name,
				type == null ? UnitTypes.fromName(before.level(), name) : type, requested.validFrom(), requested.validTo(),
				VietnameseText.cleanOrNull(requested.note()));
		Unit parent = before.parentId() == null ? null : units.byId(before.parentId()).orElseThrow();
		UnitRules.checkType(before.level(), change.type());
		UnitRules.checkCode(before.level(), change.code());
		UnitRules.checkPeriod(change.validFrom(), change.validTo(), parent);
		refuseCodeInUse(change.code(), change.validFrom(), change.validTo(), id);
		long outside = units.countChildrenOutside(id, change.validFrom(), change.validTo());
		if (outside > 0) {
			throw new InvalidInput("validTo", "unit.error.childrenOutsidePeriod", before.name(), outside);
		}
		boolean updated;
		try {
			updated = units.update(id, version, change);
		}
		catch (DataIntegrityViolationException e) {
			throw new InvalidInput("code", "unit.error.codeInUse", change.code());
		}
		if (!updated) {
			throw UserFacingException.conflict("error.changedMeanwhile", before.name());
		}
		Unit after = units.byId(id).orElseThrow();
		audit.record(AuditEvent.updated("unit", id, after.path(), after.name(), before, after));
		return after;
	}

	public int version(long id) {
		return units.version(id);
	}

	private void refuseCodeInUse(String code, LocalDate from, LocalDate to, Long except) {
		if (code == null) {
			return;
		}
		boolean taken = units.allByCode(code).stream()
			.filter(other -> except == null || other.id() != except)
			.anyMatch(other -> overlaps(other, from, to));
		if (taken) {
			throw new InvalidInput("code", "unit.error.codeInUse", code);
		}
	}

	private static boolean overlaps(Unit other, LocalDate from, LocalDate to) {
		boolean startsBeforeOtherEnds = other.validTo() == null || from == null || !from.isAfter(other.validTo());
		boolean endsAfterOtherStarts = other.validFrom() == null || to == null || !to.isBefore(other.validFrom());
		return startsBeforeOtherEnds && endsAfterOtherStarts;
	}
}
