package vn.mattran.planning.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.mattran.organization.Body;
import vn.mattran.organization.Organization;
import vn.mattran.organization.Unit;

/**
 * The bodies a plan can give tasks to, grouped by unit: those of the issuer's own unit, and of the
 * units one and two levels below it as they stood on the plan's day (a province's departments,
 * its districts' and communes' boards).
 */
public final class AssigneeChoices {

	private static final int MAX_UNITS = 400;

	private AssigneeChoices() {
	}

	/** A unit and its bodies, as an option group. */
	public record Group(String unitName, int depth, List<Body> bodies) {
	}

	static List<Group> of(Organization organization, Body issuer, LocalDate day) {
		List<Group> groups = new ArrayList<>();
		Unit home = organization.unit(issuer.unitId());
		add(organization, groups, home, 0, day);
		for (Unit child : organization.children(home.id(), day)) {
			add(organization, groups, child, 1, day);
			for (Unit grandchild : organization.children(child.id(), day)) {
				if (groups.size() >= MAX_UNITS) {
					return groups;
				}
				add(organization, groups, grandchild, 2, day);
			}
		}
		return groups;
	}

	private static void add(Organization organization, List<Group> groups, Unit unit, int depth, LocalDate day) {
		List<Body> bodies = organization.bodies(unit.id()).stream()
			.filter(body -> body.validTo() == null || !body.validTo().isBefore(day))
			.toList();
		if (!bodies.isEmpty()) {
			groups.add(new Group(unit.name(), depth, bodies));
		}
	}
}
