package vn.mattran.shared.security;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.mattran.shared.error.UserFacingException;

/**
 * The one place where access to rows is decided: who is asking, and whether a row's unit lies in
 * their scope. Services call {@link #requireInScope} before they read or change anything of a unit.
 */
public final class CurrentUser {

	/** The authentication details of a request signed in with a personal API token. */
	public static final String WITH_API_TOKEN = "api-token";

	private CurrentUser() {
	}

	/** True when the current request was signed in with an API token rather than a password. */
	public static boolean signedInWithToken() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && WITH_API_TOKEN.equals(authentication.getDetails());
	}

	public static Optional<MattranUser> get() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof MattranUser user) {
			return Optional.of(user);
		}
		return Optional.empty();
	}

	public static Scope scope() {
		return get().map(MattranUser::scope).orElse(Scope.NONE);
	}

	/** The user's name for the audit log, or "system" for work nobody signed in started. */
	public static String actorName() {
		return get().map(MattranUser::getUsername).orElse("system");
	}

	/** Refuses (403) unless the row at {@code unitPath} is in the current user's scope; {@code what} names it. */
	public static void requireInScope(String unitPath, String what) {
		if (!scope().contains(unitPath)) {
			throw UserFacingException.forbidden("error.outOfScope", what);
		}
	}

	/** Refuses (403) unless the current user has at least {@code role}. */
	public static void requireRole(Role role) {
		if (get().map(user -> user.has(role)).orElse(false)) {
			return;
		}
		throw UserFacingException.forbidden("error.roleRequired", role.name());
	}
}
