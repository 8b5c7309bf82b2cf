package vn.mattran.organization.internal.bodies;

import java.time.LocalDate;
import vn.mattran.organization.BodyKind;

/** A body to add to a unit, or the new values of one. */
public record BodyDraft(long unitId, Long parentBodyId, BodyKind kind, String name, String abbreviation,
		LocalDate validFrom, LocalDate validTo) {
}
