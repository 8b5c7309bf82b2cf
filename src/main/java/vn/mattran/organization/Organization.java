package vn.mattran.organization;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import vn.mattran.organization.internal.bodies.BodyService;
import vn.mattran.organization.internal.units.UnitService;

/** What other modules may ask of the organisation: units and their bodies, within the caller's scope. */
@Service
public class Organization {

	private final UnitService units;
	private final BodyService bodies;

	Organization(UnitService units, BodyService bodies) {
		this.units = units;
		this.bodies = bodies;
	}

	/** The unit with this id, refused (403/404) outside the caller's scope. */
	public Unit unit(long id) {
		return units.get(id);
	}

	/** The unit carrying {@code code} on {@code day}, for resolving a reference (no scope check). */
	public Optional<Unit> unitByCode(String code, LocalDate day) {
		return units.findByCode(code, day);
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
}
