package vn.mattran.organization.web;

import vn.mattran.organization.Person;
import vn.mattran.organization.internal.bodies.PersonDraft;

/** What the person form posts. */
record PersonForm(Long unitId, String fullName, String gender, String phone, String email, String note,
		Integer version) {

	static PersonForm of(Person person, int version) {
		return new PersonForm(person.unitId(), person.fullName(), person.gender(), person.phone(), person.email(),
				person.note(), version);
	}

	PersonDraft draft() {
		return new PersonDraft(unitId == null ? 0 : unitId, fullName, gender, phone, email, note);
	}
}
