package vn.mattran.organization.internal.security;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Component;
import vn.mattran.organization.internal.accounts.SignedInSessions;

/** Ends a user's sessions in the session table, so a disabled user is signed out on every instance at once. */
@Component
class JdbcSignedInSessions implements SignedInSessions {

	private final FindByIndexNameSessionRepository<?> sessions;

	JdbcSignedInSessions(FindByIndexNameSessionRepository<?> sessions) {
		this.sessions = sessions;
	}

	@Override
	public void endAllOf(String username) {
		sessions.findByPrincipalName(username).keySet().forEach(sessions::deleteById);
	}
}
