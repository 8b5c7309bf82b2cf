package vn.mattran.households;

import java.util.List;
import java.util.Set;

/** A household of the registry with its members (head first) and the classifications it holds now. */
public record Household(long id, long unitId, String unitPath, long communeId, String address, String head,
		Integer headBirthYear, String circumstances, Integer currentYear, Set<Classification> currentKinds,
		Long mergedInto, int version, List<Member> members) {

	public Household {
		currentKinds = Set.copyOf(currentKinds);
		members = List.copyOf(members);
	}

	public boolean merged() {
		return mergedInto != null;
	}

	/** The same household with ID numbers and phones masked: what the audit log keeps of it. */
	public Household masked() {
		return new Household(id, unitId, unitPath, communeId, address, head, headBirthYear, circumstances, currentYear,
				currentKinds, mergedInto, version, members.stream().map(m -> new Member(m.id(), m.fullName(), m.sex(),
						m.birthYear(), m.birthDate(), m.relation(), Member.mask(m.citizenId()), Member.mask(m.phone()),
						m.head(), m.leftOn())).toList());
	}
}
