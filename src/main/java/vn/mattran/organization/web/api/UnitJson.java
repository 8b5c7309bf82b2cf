package vn.mattran.organization.web.api;

import java.time.LocalDate;
import vn.mattran.organization.Unit;

/** A unit in the API: {code, name, level, type, parentCode, validFrom, validTo}. */
record UnitJson(String code, String name, String level, String type, String parentCode, LocalDate validFrom,
		LocalDate validTo) {

	static UnitJson of(Unit unit) {
		return new UnitJson(unit.code(), unit.name(), unit.level().name(), unit.type(), unit.parentCode(),
				unit.validFrom(), unit.validTo());
	}
}
