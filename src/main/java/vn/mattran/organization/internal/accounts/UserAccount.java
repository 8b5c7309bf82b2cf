package vn.mattran.organization.internal.accounts;

import java.time.OffsetDateTime;
import vn.mattran.shared.security.Role;

/** A user as the administration pages show it (never with its password hash). */
public record UserAccount(long id, String username, Long personId, String personName, Long homeUnitId,
		String homeUnitName, String homeUnitPath, Role role, boolean enabled, boolean mustChangePassword,
		OffsetDateTime createdAt) {
}
