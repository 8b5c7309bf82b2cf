package vn.mattran.organization.internal.demo;

import java.time.LocalDate;
import vn.mattran.organization.Body;
import vn.mattran.organization.BodyKind;
import vn.mattran.organization.Person;
import vn.mattran.organization.Unit;
import vn.mattran.organization.UnitLevel;
import vn.mattran.organization.internal.bodies.BodyDraft;
import vn.mattran.organization.internal.bodies.BodyService;
import vn.mattran.organization.internal.bodies.PersonDraft;
import vn.mattran.organization.internal.bodies.PersonService;
import vn.mattran.organization.internal.units.UnitChange;
import vn.mattran.organization.internal.units.UnitDraft;
import vn.mattran.organization.internal.units.UnitHistory;
import vn.mattran.organization.internal.units.UnitService;

/** Small steps the demo data is written in: find an official unit, add a village, a committee, a person. */
class DemoBuilder {

	private final UnitService units;
	private final UnitHistory history;
	private final BodyService bodies;
	private final PersonService people;

	DemoBuilder(UnitService units, UnitHistory history, BodyService bodies, PersonService people) {
		this.units = units;
		this.history = history;
		this.bodies = bodies;
		this.people = people;
	}

	Unit unit(String code, LocalDate on) {
		return units.byCode(code, on);
	}

	/** A unit under {@code parent}, in force until {@code to} (null: as long as the parent). */
	Unit child(Unit parent, UnitLevel level, String name, String code, LocalDate to, String note) {
		return units.create(new UnitDraft(parent.id(), code, name, null, level, null, to, note));
	}

	Unit village(Unit commune, String name) {
		return child(commune, UnitLevel.RESIDENTIAL, name, null, null, null);
	}

	/** A unit's period changed: e.g. an official unit that took over an older one with the same code. */
	Unit period(Unit unit, LocalDate from, LocalDate to, String note) {
		return units.update(unit.id(), units.version(unit.id()),
				new UnitChange(unit.code(), unit.name(), unit.type(), from, to, note == null ? unit.note() : note));
	}

	void succeededBy(Unit before, Unit after) {
		history.confirm(before.id(), after.id());
	}

	Body body(Unit unit, Body parent, BodyKind kind, String name, String abbreviation) {
		return bodies.create(new BodyDraft(unit.id(), parent == null ? null : parent.id(), kind, name, abbreviation,
				null, null));
	}

	/** The Front committee of a unit ("Ủy ban MTTQ Việt Nam " + where) with its standing board. */
	Committee committee(Unit unit, String where) {
		Body committee = body(unit, null, BodyKind.COMMITTEE, "Ủy ban MTTQ Việt Nam " + where, "MTTQ");
		Body board = body(unit, committee, BodyKind.STANDING_BOARD, "Ban Thường trực Ủy ban MTTQ Việt Nam " + where,
				"BTT");
		return new Committee(committee, board);
	}

	record Committee(Body committee, Body standingBoard) {
	}

	Person person(Unit unit, String name, String gender) {
		return people.create(new PersonDraft(unit.id(), name, gender, null, null, null));
	}

	void holds(Person person, Body body, String title) {
		bodies.appoint(body.id(), person.id(), title, null, null);
	}
}
