package vn.mattran.shared.security;

/** What a user may do, from most to least. Each role includes the rights of those below it. */
public enum Role {
	SYSTEM_ADMIN, UNIT_ADMIN, OFFICER, MEMBER_ORG_OFFICER, VIEWER;

	public String authority() {
		return "ROLE_" + name();
	}

	/** True when this role has at least the rights of {@code other}. */
	public boolean includes(Role other) {
		return ordinal() <= other.ordinal();
	}

	/** The hierarchy in Spring Security's notation, highest first. */
	public static String hierarchy() {
		StringBuilder text = new StringBuilder();
		Role[] roles = values();
		for (int i = 0; i + 1 < roles.length; i++) {
			text.append(roles[i].authority()).append(" > ").append(roles[i + 1].authority()).append('\n');
		}
		return text.toString();
	}
}
