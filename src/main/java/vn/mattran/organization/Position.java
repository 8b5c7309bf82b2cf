package vn.mattran.organization;

import java.time.LocalDate;

/** A person's position in a body (Chủ tịch, Phó Chủ tịch, Trưởng ban…) for a period. */
public record Position(long id, long personId, String personName, long bodyId, String bodyName, String title,
		LocalDate validFrom, LocalDate validTo) {
}
