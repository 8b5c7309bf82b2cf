package vn.mattran.organization;

import java.time.LocalDate;

/** An administrative unit in one period of its existence, as other modules and the API see it. */
public record Unit(long id, String code, String name, String type, UnitLevel level, Long parentId, String parentCode,
		String path, String provinceCode, LocalDate validFrom, LocalDate validTo, boolean official, String note) {

	public boolean validOn(LocalDate day) {
		return (validFrom == null || !day.isBefore(validFrom)) && (validTo == null || !day.isAfter(validTo));
	}

	/** Closed by a reform or a merger: no longer in force. */
	public boolean closed(LocalDate today) {
		return validTo != null && validTo.isBefore(today);
	}
}
