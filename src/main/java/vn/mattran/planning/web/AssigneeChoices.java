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

	/** The groups, and whether the units two levels below were too many to list them all. */
	public record Choices(List<Group> groups, boolean truncated) {
	}

	static Choices of(Organization organization, Body issuer, LocalDate day) {
		List<Group> groups = new ArrayList<>();
		Unit home = organization.unit(issuer.unitId());
		add(organization, groups, home, 0, day);
		List<Unit> children = organization.children(home.id(), day);
		children.forEach(child -> add(organization, groups, child, 1, day));
		boolean truncated = false;
		for (Unit child : children) {
			for (Unit grandchild : organization.children(child.id(), day)) {
				if (groups.size() >= MAX_UNITS) {
					truncated = true;
					break;
				}
				add(organization, groups, grandchild, 2, day);
			}
		}
		return new Choices(groups, truncated);
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
