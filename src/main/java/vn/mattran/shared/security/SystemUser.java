package vn.mattran.shared.security;

import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/** Work nobody signed in started (first start, loading reference data) runs as "system" over everything. */
public final class SystemUser {

	public static final String NAME = "system";
	private static final MattranUser SYSTEM = new MattranUser(0, NAME, null, NAME, null, null, Role.SYSTEM_ADMIN,
			Scope.EVERYTHING, true, false);

	private SystemUser() {
	}

	public static <T> T call(Supplier<T> work) {
		return as(SYSTEM, work);
	}

	/** Work done for {@code user} without a request of theirs (a calendar feed they subscribed to): their rights, their scope. */
	public static <T> T as(MattranUser user, Supplier<T> work) {
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		SecurityContextHolder.setContext(context);
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

	public static void run(Runnable work) {
		call(() -> {
			work.run();
			return null;
		});
	}

	public static boolean is(MattranUser user) {
		return user.id() == 0 && NAME.equals(user.getUsername());
	}
}
