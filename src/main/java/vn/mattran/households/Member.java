package vn.mattran.households;

import java.time.LocalDate;

/** A person of a household. The citizen ID is 12 digits (CCCD) or 9 (old CMND); sex is "M" or "F". */
public record Member(Long id, String fullName, String sex, Integer birthYear, LocalDate birthDate, String relation,
		String citizenId, String phone, boolean head, LocalDate leftOn) {

	public static final String HEAD = "Chủ hộ";

	/** The ID with all but its last three digits hidden, as lists show it. */
	public String maskedCitizenId() {
		return mask(citizenId);
	}

	public static String mask(String citizenId) {
		if (citizenId == null || citizenId.length() < 4) {
			return citizenId;
		}
		return "•".repeat(citizenId.length() - 3) + citizenId.substring(citizenId.length() - 3);
	}

	public boolean present() {
		return leftOn == null;
	}

	/** The same person, no longer living in the household since {@code on}. */
	public Member leaving(LocalDate on) {
		return new Member(id, fullName, sex, birthYear, birthDate, relation, citizenId, phone, head, on);
	}
}
