package vn.mattran.organization.internal.bodies;

import java.util.List;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.mattran.organization.Person;
import vn.mattran.organization.Position;
import vn.mattran.organization.Unit;
import vn.mattran.organization.internal.units.UnitService;
import vn.mattran.shared.audit.AuditEvent;
import vn.mattran.shared.audit.AuditLog;
import vn.mattran.shared.error.InvalidInput;
import vn.mattran.shared.error.UserFacingException;
import vn.mattran.shared.security.CurrentUser;
import vn.mattran.shared.text.VietnameseText;
import vn.mattran.shared.web.PageOf;
import vn.mattran.shared.web.PageRequest;

/** People (officials, members) of units, within the current user's scope. */
@Service
public class PersonService {

	private static final Pattern PHONE = Pattern.compile("\\+?[0-9 .]{8,15}");
	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private final PersonRepository people;
	private final PositionRepository positions;
	private final UnitService units;
	private final AuditLog audit;

	PersonService(PersonRepository people, PositionRepository positions, UnitService units, AuditLog audit) {
		this.people = people;
		this.positions = positions;
		this.units = units;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	public Located<Person> get(long id) {
		Located<Person> person = people.byId(id)
			.orElseThrow(() -> UserFacingException.notFound("person.error.noSuchId", String.valueOf(id)));
		CurrentUser.requireInScope(person.unitPath(), person.value().fullName());
		return person;
	}

	@Transactional(readOnly = true)
	public List<Person> ofUnit(Unit unit) {
		return people.ofUnit(unit.id());
	}

	@Transactional(readOnly = true)
	public List<Position> positions(Person person) {
		return positions.ofPerson(person.id());
	}

	@Transactional(readOnly = true)
	public PageOf<Person> search(String query, PageRequest page) {
		return people.search(query == null ? "" : query, CurrentUser.scope(), page);
	}

	@Transactional
	public Person create(PersonDraft requested) {
		Unit unit = units.get(requested.unitId());
		PersonDraft draft = checked(requested);
		long id = people.insert(draft);
		Person created = people.byId(id).orElseThrow().value();
		audit.record(AuditEvent.created("person", id, unit.path(), created.fullName(), created));
		return created;
	}

	@Transactional
	public Person update(long id, int version, PersonDraft requested) {
		Located<Person> before = get(id);
		PersonDraft draft = checked(new PersonDraft(before.value().unitId(), requested.fullName(), requested.gender(),
				requested.phone(), requested.email(), requested.note()));
		if (!people.update(id, version, draft)) {
			throw UserFacingException.conflict("error.changedMeanwhile", before.value().fullName());
		}
		Person after = people.byId(id).orElseThrow().value();
		audit.record(AuditEvent.updated("person", id, before.unitPath(), after.fullName(), before.value(), after));
		return after;
	}

	private static PersonDraft checked(PersonDraft draft) {
		String name = VietnameseText.cleanOrNull(draft.fullName());
		String phone = VietnameseText.cleanOrNull(draft.phone());
		String email = VietnameseText.cleanOrNull(draft.email());
		String gender = VietnameseText.cleanOrNull(draft.gender());
		if (name == null) {
			throw new InvalidInput("fullName", "person.error.nameRequired");
		}
		if (name.length() > 150) {
			throw new InvalidInput("fullName", "person.error.nameTooLong", 150);
		}
		if (gender != null && !gender.equals("FEMALE") && !gender.equals("MALE")) {
			throw new InvalidInput("gender", "person.error.gender");
		}
		if (phone != null && !PHONE.matcher(phone).matches()) {
			throw new InvalidInput("phone", "person.error.phone", phone);
		}
		if (email != null && !EMAIL.matcher(email).matches()) {
			throw new InvalidInput("email", "person.error.email", email);
		}
		return new PersonDraft(draft.unitId(), name, gender, phone, email, VietnameseText.cleanOrNull(draft.note()));
	}
}
