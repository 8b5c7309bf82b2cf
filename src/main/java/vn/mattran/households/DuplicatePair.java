package vn.mattran.households;

import java.util.List;

/** Two households that may be one: why (same ID number, same head and birth year in one area, a shared member). */
public record DuplicatePair(HouseholdSummary first, HouseholdSummary second, List<Reason> reasons,
		List<String> details) {

	public enum Reason {
		CITIZEN_ID, NAME_BIRTH_YEAR, MEMBER
	}

	public DuplicatePair {
		reasons = List.copyOf(reasons);
		details = List.copyOf(details);
	}
}
