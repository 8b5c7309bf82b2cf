package vn.mattran.organization.internal.accounts;

/** The sessions a user is signed in with; ended when an administrator disables the user or resets the password. */
public interface SignedInSessions {

	void endAllOf(String username);
}
