package vn.mattran.shared.security;

import java.io.Serial;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in person as every module sees it: who, which role, which part of the hierarchy. */
public final class MattranUser implements UserDetails, CredentialsContainer {

	@Serial
	private static final long serialVersionUID = 1L;

	private final long id;
	private final String username;
	private String passwordHash;
	private final String displayName;
	private final Long homeUnitId;
	private final String homeUnitName;
	private final Role role;
	private final Scope scope;
	private final boolean enabled;
	private final boolean mustChangePassword;

	public MattranUser(long id, String username, String passwordHash, String displayName, Long homeUnitId,
			String homeUnitName, Role role, Scope scope, boolean enabled, boolean mustChangePassword) {
		this.id = id;
		this.username = username;
		this.passwordHash = passwordHash;
		this.displayName = displayName;
		this.homeUnitId = homeUnitId;
		this.homeUnitName = homeUnitName;
		this.role = role;
		this.scope = scope;
		this.enabled = enabled;
		this.mustChangePassword = mustChangePassword;
	}

	public MattranUser withPasswordChanged() {
		return new MattranUser(id, username, null, displayName, homeUnitId, homeUnitName, role, scope, enabled, false);
	}

	public long id() {
		return id;
	}

	public String displayName() {
		return displayName;
	}

	public Long homeUnitId() {
		return homeUnitId;
	}

	public String homeUnitName() {
		return homeUnitName;
	}

	public Role role() {
		return role;
	}

	public Scope scope() {
		return scope;
	}

	public boolean mustChangePassword() {
		return mustChangePassword;
	}

	public boolean has(Role required) {
		return role.includes(required);
	}

	public boolean isSystemAdmin() {
		return has(Role.SYSTEM_ADMIN);
	}

	public boolean isUnitAdmin() {
		return has(Role.UNIT_ADMIN);
	}

	public boolean isOfficer() {
		return has(Role.OFFICER);
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority(role.authority()));
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return username;
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	@Override
	public void eraseCredentials() {
		passwordHash = null;
	}

	@Override
	public String toString() {
		return username + " (" + role + ")";
	}
}
