package vn.mattran.organization.internal.security;

import java.util.Locale;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import vn.mattran.organization.internal.accounts.LoginThrottle;

/** Checks a password only while the user name and address are not throttled, and counts the failures. */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

	private final AuthenticationProvider passwords;
	private final LoginThrottle throttle;

	ThrottledAuthenticationProvider(AuthenticationProvider passwords, LoginThrottle throttle) {
		this.passwords = passwords;
		this.throttle = throttle;
	}

	@Override
	public Authentication authenticate(Authentication attempt) {
		String username = attempt.getName() == null ? "" : attempt.getName().strip().toLowerCase(Locale.ROOT);
		String address = attempt.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress()
				: "unknown";
		if (throttle.blocked(username, address)) {
			throw new LoginThrottledException(username);
		}
		try {
			Authentication result = passwords.authenticate(attempt);
			throttle.succeeded(username);
			return result;
		}
		catch (AuthenticationException e) {
			throttle.failed(username, address);
			throw e;
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return passwords.supports(authentication);
	}
}
