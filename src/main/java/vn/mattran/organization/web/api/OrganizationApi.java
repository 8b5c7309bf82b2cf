package vn.mattran.organization.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.mattran.organization.Body;
import vn.mattran.organization.BodyKind;
import vn.mattran.organization.Person;
import vn.mattran.organization.Position;
import vn.mattran.organization.Unit;
import vn.mattran.organization.internal.bodies.BodyDraft;
import vn.mattran.organization.internal.bodies.BodyService;
import vn.mattran.organization.internal.bodies.PersonDraft;
import vn.mattran.organization.internal.bodies.PersonService;
import vn.mattran.organization.internal.units.UnitService;
import vn.mattran.shared.web.PageRequest;

/** Bodies of units and people, with their positions. */
@RestController
@Tag(name = "Bodies and people", description = "Cơ quan, tổ chức và cán bộ / bodies and people")
class OrganizationApi {

	private final UnitService units;
	private final BodyService bodies;
	private final PersonService people;

	OrganizationApi(UnitService units, BodyService bodies, PersonService people) {
		this.units = units;
		this.bodies = bodies;
		this.people = people;
	}

	/** A body with the positions held in it. */
	record BodyJson(Body body, List<Position> positions) {
	}

	/** A body to create in the unit with unitCode (in force on validOn, default today). */
	record NewBodyJson(String unitCode, LocalDate validOn, Long parentBodyId, BodyKind kind, String name,
			String abbreviation, LocalDate validFrom, LocalDate validTo) {
	}

	/** A person to create in the unit with unitCode. */
	record NewPersonJson(String unitCode, LocalDate validOn, String fullName, String gender, String phone, String email,
			String note) {
	}

	@GetMapping("/api/v1/units/{code}/bodies")
	@Operation(summary = "The bodies of the unit with this code on validOn")
	List<Body> bodiesOfUnit(@PathVariable String code,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validOn) {
		return bodies.ofUnit(unit(code, validOn));
	}

	@GetMapping("/api/v1/bodies/{id}")
	BodyJson body(@PathVariable long id) {
		Body body = bodies.get(id).value();
		return new BodyJson(body, bodies.positions(body));
	}

	@PostMapping("/api/v1/bodies")
	ResponseEntity<Body> createBody(@RequestBody NewBodyJson json) {
		Unit unit = unit(json.unitCode(), json.validOn());
		Body created = bodies.create(new BodyDraft(unit.id(), json.parentBodyId(), json.kind(), json.name(),
				json.abbreviation(), json.validFrom(), json.validTo()));
		return ResponseEntity.created(URI.create("/api/v1/bodies/" + created.id())).body(created);
	}

	/** New values of a body; version optional. */
	record BodyChangeJson(Long parentBodyId, BodyKind kind, String name, String abbreviation, LocalDate validFrom,
			LocalDate validTo, Integer version) {
	}

	/** A person appointed to a position in a body. */
	record PositionJson(long personId, String title, LocalDate validFrom, LocalDate validTo) {
	}

	@PutMapping("/api/v1/bodies/{id}")
	Body updateBody(@PathVariable long id, @RequestBody BodyChangeJson json) {
		var body = bodies.get(id);
		return bodies.update(id, json.version() == null ? body.version() : json.version(), new BodyDraft(
				body.value().unitId(), json.parentBodyId(), json.kind(), json.name(), json.abbreviation(),
				json.validFrom(), json.validTo()));
	}

	@PostMapping("/api/v1/bodies/{id}/positions")
	ResponseEntity<Position> appoint(@PathVariable long id, @RequestBody PositionJson json) {
		Position position = bodies.appoint(id, json.personId(), json.title(), json.validFrom(), json.validTo());
		return ResponseEntity.status(201).body(position);
	}

	@PostMapping("/api/v1/positions/{id}/end")
	@Operation(summary = "End a position on validTo (default today)")
	Map<String, Object> endPosition(@PathVariable long id, @RequestParam(required = false)
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validTo) {
		LocalDate day = validTo == null ? units.today() : validTo;
		bodies.endPosition(id, day);
		return Map.of("id", id, "validTo", day);
	}

	@GetMapping("/api/v1/people")
	@Operation(summary = "People whose name contains q (without diacritics), in scope")
	List<Person> searchPeople(@RequestParam(required = false) String q, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return people.search(q, PageRequest.of(page, size)).items();
	}

	@GetMapping("/api/v1/people/{id}")
	Person person(@PathVariable long id) {
		return people.get(id).value();
	}

	@PostMapping("/api/v1/people")
	ResponseEntity<Person> createPerson(@RequestBody NewPersonJson json) {
		Unit unit = unit(json.unitCode(), json.validOn());
		Person created = people.create(new PersonDraft(unit.id(), json.fullName(), json.gender(), json.phone(),
				json.email(), json.note()));
		return ResponseEntity.created(URI.create("/api/v1/people/" + created.id())).body(created);
	}

	@PutMapping("/api/v1/people/{id}")
	Person updatePerson(@PathVariable long id, @RequestBody NewPersonJson json) {
		var person = people.get(id);
		return people.update(id, person.version(), new PersonDraft(person.value().unitId(), json.fullName(),
				json.gender(), json.phone(), json.email(), json.note()));
	}

	private Unit unit(String code, LocalDate validOn) {
		return units.byCode(code == null ? "" : code, validOn == null ? units.today() : validOn);
	}
}
