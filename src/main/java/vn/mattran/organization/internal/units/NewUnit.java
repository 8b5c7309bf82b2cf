package vn.mattran.organization.internal.units;

import java.time.LocalDate;
import vn.mattran.organization.UnitLevel;

/** A unit to add: from the official lists, a form or an imported file. */
public record NewUnit(String code, String name, String type, UnitLevel level, Long parentId, String provinceCode,
		LocalDate validFrom, LocalDate validTo, boolean official, String note) {
}
