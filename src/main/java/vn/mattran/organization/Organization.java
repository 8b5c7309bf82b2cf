package vn.mattran.organization;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import vn.mattran.organization.internal.accounts.UserAccounts;
import vn.mattran.organization.internal.bodies.BodyService;
import vn.mattran.organization.internal.units.UnitService;
import vn.mattran.shared.web.PageRequest;

/** What other modules may ask of the organisation: units and their bodies, within the caller's scope. */
@Service
public class Organization {

	private final UnitService units;
	private final BodyService bodies;
	private final UserAccounts users;

	Organization(UnitService units, BodyService bodies, UserAccounts users) {
		this.units = units;
		this.bodies = bodies;
		this.users = users;
	}

	/** The unit with this id, refused (403/404) outside the caller's scope. */
	public Unit unit(long id) {
		return units.get(id);
	}

	/** The unit carrying {@code code} on {@code day}, for resolving a reference (no scope check). */
	public Optional<Unit> unitByCode(String code, LocalDate day) {
		return units.findByCode(code, day);
	}

	/** Units by id, for labelling rows the caller may already see (no scope check: names are public). */
	public Map<Long, Unit> units(Collection<Long> ids) {
		Map<Long, Unit> byId = new HashMap<>();
		units.byIds(ids).forEach(unit -> byId.put(unit.id(), unit));
		return byId;
	}

	/** Every period of the units that carried {@code code}, those in the caller's scope only, newest first. */
	public List<Unit> periodsOfCode(String code) {
		return units.allPeriodsOfCode(code);
	}

	/** The latest unit that carried {@code code}, for naming it in a refusal (no scope check: names are public). */
	public Optional<Unit> latestOfCode(String code) {
		return units.latestByCode(code);
	}

	/** The units above {@code unit}, from the top. */
	public List<Unit> lineage(Unit unit) {
		return units.lineage(unit);
	}

	/** The bodies of a unit in the caller's scope. */
	public List<Body> bodies(long unitId) {
		return bodies.ofUnit(units.get(unitId));
	}

	/** A body in the caller's scope. */
	public Body body(long id) {
		return bodies.get(id).value();
	}

	/** The units directly under a unit in the caller's scope, in force on {@code day}. */
	public List<Unit> children(long unitId, LocalDate day) {
		return units.children(units.get(unitId), day, new PageRequest(0, PageRequest.MAX_SIZE)).items();
	}

	/** Who signs in at a unit, to be told of what concerns it (no scope check: for notices only). */
	public List<UnitUser> usersAt(long unitId) {
		return users.usersAt(unitId);
	}

	/** The user with this id as they would be signed in now (scope computed now), if they exist and are enabled. */
	public Optional<vn.mattran.shared.security.MattranUser> enabledUser(long userId) {
		return users.principal(userId).filter(vn.mattran.shared.security.MattranUser::isEnabled);
	}
}
