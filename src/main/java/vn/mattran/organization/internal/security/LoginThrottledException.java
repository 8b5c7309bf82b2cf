package vn.mattran.organization.internal.security;

import org.springframework.security.core.AuthenticationException;

/** Too many failed logins for this user name or address in the window. */
class LoginThrottledException extends AuthenticationException {

	LoginThrottledException(String username) {
		super("Too many failed logins for " + username);
	}
}
