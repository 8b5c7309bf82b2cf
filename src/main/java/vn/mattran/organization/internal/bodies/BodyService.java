package vn.mattran.organization.internal.bodies;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.mattran.organization.Body;
import vn.mattran.organization.Position;
import vn.mattran.organization.Unit;
import vn.mattran.organization.internal.units.UnitService;
import vn.mattran.shared.audit.AuditEvent;
import vn.mattran.shared.audit.AuditLog;
import vn.mattran.shared.error.InvalidInput;
import vn.mattran.shared.error.UserFacingException;
import vn.mattran.shared.security.CurrentUser;
import vn.mattran.shared.text.VietnameseText;

/** Bodies of units and the positions people hold in them, within the current user's scope. */
@Service
public class BodyService {

	private static final int MAX_NAME = 300;
	private static final int MAX_ABBREVIATION = 30;

	private final BodyRepository bodies;
	private final PositionRepository positions;
	private final PersonService people;
	private final UnitService units;
	private final AuditLog audit;

	BodyService(BodyRepository bodies, PositionRepository positions, PersonService people, UnitService units,
			AuditLog audit) {
		this.bodies = bodies;
		this.positions = positions;
		this.people = people;
		this.units = units;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	public Located<Body> get(long id) {
		Located<Body> body = bodies.byId(id).orElseThrow(() -> UserFacingException.notFound("body.error.noSuchId", String.valueOf(id)));
		CurrentUser.requireInScope(body.unitPath(), body.value().name());
		return body;
	}

	@Transactional(readOnly = true)
	public List<Body> ofUnit(Unit unit) {
		return bodies.ofUnit(unit.id());
	}

	@Transactional(readOnly = true)
	public List<Position> positions(Body body) {
		return positions.ofBody(body.id());
	}

	@Transactional
	public Body create(BodyDraft requested) {
		Unit unit = units.get(requested.unitId());
		BodyDraft draft = checked(requested, unit);
		long id = bodies.insert(draft);
		Body created = bodies.byId(id).orElseThrow().value();
		audit.record(AuditEvent.created("body", id, unit.path(), created.name(), created));
		return created;
	}

	@Transactional
	public Body update(long id, int version, BodyDraft requested) {
		Located<Body> before = get(id);
		Unit unit = units.get(before.value().unitId());
		BodyDraft draft = checked(new BodyDraft(unit.id(), requested.parentBodyId(), requested.kind(), requested.name(),
				requested.abbreviation(), requested.validFrom(), requested.validTo()), unit);
		if (draft.parentBodyId() != null && draft.parentBodyId() == id) {
			throw new InvalidInput("parentBodyId", "body.error.ownParent");
		}
		if (!bodies.update(id, version, draft)) {
			throw UserFacingException.conflict("error.changedMeanwhile", before.value().name());
		}
		Body after = bodies.byId(id).orElseThrow().value();
		audit.record(AuditEvent.updated("body", id, unit.path(), after.name(), before.value(), after));
		return after;
	}

	private BodyDraft checked(BodyDraft draft, Unit unit) {
		String name = VietnameseText.cleanOrNull(draft.name());
		String abbreviation = VietnameseText.cleanOrNull(draft.abbreviation());
		if (name == null) {
			throw new InvalidInput("name", "body.error.nameRequired");
		}
		if (name.length() > MAX_NAME) {
			throw new InvalidInput("name", "body.error.nameTooLong", MAX_NAME);
		}
		if (abbreviation != null && abbreviation.length() > MAX_ABBREVIATION) {
			throw new InvalidInput("abbreviation", "body.error.abbreviationTooLong", MAX_ABBREVIATION);
		}
		if (draft.kind() == null) {
			throw new InvalidInput("kind", "body.error.kindRequired");
		}
		if (draft.validFrom() != null && draft.validTo() != null && draft.validFrom().isAfter(draft.validTo())) {
			throw new InvalidInput("validTo", "unit.error.periodReversed");
		}
		if (draft.parentBodyId() != null) {
			Body parent = bodies.byId(draft.parentBodyId())
				.orElseThrow(() -> new InvalidInput("parentBodyId", "body.error.noSuchId", String.valueOf(draft.parentBodyId())))
				.value();
			if (parent.unitId() != unit.id()) {
				throw new InvalidInput("parentBodyId", "body.error.parentOtherUnit", parent.name());
			}
		}
		return new BodyDraft(unit.id(), draft.parentBodyId(), draft.kind(), name, abbreviation, draft.validFrom(),
				draft.validTo());
	}

	@Transactional
	public Position appoint(long bodyId, long personId, String title, LocalDate from, LocalDate to) {
		Located<Body> body = get(bodyId);
		people.get(personId);
		String cleanTitle = VietnameseText.cleanOrNull(title);
		if (cleanTitle == null) {
			throw new InvalidInput("title", "position.error.titleRequired");
		}
		if (from != null && to != null && from.isAfter(to)) {
			throw new InvalidInput("validTo", "unit.error.periodReversed");
		}
		long id = positions.insert(personId, bodyId, cleanTitle, from, to);
		Position created = positions.byId(id).orElseThrow().value();
		audit.record(AuditEvent.created("position", id, body.unitPath(),
				created.personName() + " – " + created.title() + " – " + created.bodyName(), created));
		return created;
	}

	@Transactional
	public void endPosition(long positionId, LocalDate to) {
		Located<Position> position = positions.byId(positionId)
			.orElseThrow(() -> UserFacingException.notFound("position.error.noSuchId", String.valueOf(positionId)));
		CurrentUser.requireInScope(position.unitPath(), position.value().bodyName());
		if (to == null) {
			throw new InvalidInput("validTo", "position.error.endRequired");
		}
		if (position.value().validFrom() != null && to.isBefore(position.value().validFrom())) {
			throw new InvalidInput("validTo", "unit.error.periodReversed");
		}
		positions.end(positionId, to);
		Position after = positions.byId(positionId).orElseThrow().value();
		audit.record(AuditEvent.updated("position", positionId, position.unitPath(),
				after.personName() + " – " + after.title(), position.value(), after));
	}
}
