package vn.mattran.organization.web;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import vn.mattran.organization.Unit;
import vn.mattran.organization.UnitLevel;
import vn.mattran.organization.internal.units.UnitChange;
import vn.mattran.organization.internal.units.UnitDraft;

/** What the unit form posts. */
record UnitForm(Long parentId, String code, String name, String type, UnitLevel level,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validFrom,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validTo, String note, Integer version) {

	static UnitForm under(Unit parent) {
		UnitLevel level = parent.level() == UnitLevel.PROVINCE || parent.level() == UnitLevel.DISTRICT
				? UnitLevel.COMMUNE : UnitLevel.RESIDENTIAL;
		return new UnitForm(parent.id(), null, null, null, level, null, null, null, null);
	}

	static UnitForm of(Unit unit, int version) {
		return new UnitForm(unit.parentId(), unit.code(), unit.name(), unit.type(), unit.level(), unit.validFrom(),
				unit.validTo(), unit.note(), version);
	}

	UnitDraft draft() {
		return new UnitDraft(parentId, code, name, type, level, validFrom, validTo, note);
	}

	UnitChange change() {
		return new UnitChange(code, name, type, validFrom, validTo, note);
	}
}
