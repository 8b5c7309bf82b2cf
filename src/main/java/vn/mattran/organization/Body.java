package vn.mattran.organization;

import java.time.LocalDate;

/** A body attached to a unit: a committee, a board, a department, a member organisation, an agency. */
public record Body(long id, long unitId, Long parentBodyId, BodyKind kind, String name, String abbreviation,
		LocalDate validFrom, LocalDate validTo) {
}
