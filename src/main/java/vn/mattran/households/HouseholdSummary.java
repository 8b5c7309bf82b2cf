package vn.mattran.households;

import java.util.Set;

/** A household as lists show it: its head, its place and what it is counted as now. */
public record HouseholdSummary(long id, String head, Integer headBirthYear, long unitId, String unitPath,
		String areaName, String unitCode, String maskedCitizenId, Integer currentYear,
		Set<Classification> classifications) {

	public HouseholdSummary {
		classifications = Set.copyOf(classifications);
	}
}
