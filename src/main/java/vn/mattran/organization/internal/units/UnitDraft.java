package vn.mattran.organization.internal.units;

import java.time.LocalDate;
import vn.mattran.organization.UnitLevel;

/** A unit a person asks to add under a parent (by id), as a form or one row of a file gives it. */
public record UnitDraft(Long parentId, String code, String name, String type, UnitLevel level, LocalDate validFrom,
		LocalDate validTo, String note) {
}
