package vn.mattran.organization.web.api;

import java.time.LocalDate;

/** A unit to create through the API: its parent by code (in force on validOn, default today). */
record NewUnitJson(String parentCode, LocalDate validOn, String code, String name, String level, String type,
		LocalDate validFrom, LocalDate validTo, String note) {
}
