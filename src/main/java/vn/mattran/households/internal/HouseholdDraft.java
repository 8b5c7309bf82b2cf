package vn.mattran.households.internal;

import java.util.List;
import java.util.Set;
import vn.mattran.households.Classification;
import vn.mattran.households.Member;

/**
 * A household as entered: its area, address, circumstances and members; for a new household also
 * what it is classified as in {@code year} and what it needs (one need per line).
 */
public record HouseholdDraft(long unitId, String address, String circumstances, List<Member> members, Integer year,
		Set<Classification> kinds, List<String> needs) {

	public HouseholdDraft {
		members = List.copyOf(members);
		kinds = kinds == null ? Set.of() : Set.copyOf(kinds);
		needs = needs == null ? List.of() : List.copyOf(needs);
	}
}
