package vn.mattran.organization.internal.units;

import java.time.LocalDate;

/** What an edit may change of a unit: its code, name, type, validity and note (never its place in the tree). */
public record UnitChange(String code, String name, String type, LocalDate validFrom, LocalDate validTo, String note) {
}
