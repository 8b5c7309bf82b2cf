package vn.mattran.organization.web;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import vn.mattran.organization.Body;
import vn.mattran.organization.BodyKind;
import vn.mattran.organization.internal.bodies.BodyDraft;

/** What the body form posts. */
record BodyForm(Long unitId, Long parentBodyId, BodyKind kind, String name, String abbreviation,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validFrom,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validTo, Integer version) {

	static BodyForm of(Body body, int version) {
		return new BodyForm(body.unitId(), body.parentBodyId(), body.kind(), body.name(), body.abbreviation(),
				body.validFrom(), body.validTo(), version);
	}

	BodyDraft draft() {
		return new BodyDraft(unitId == null ? 0 : unitId, parentBodyId, kind, name, abbreviation, validFrom, validTo);
	}
}
