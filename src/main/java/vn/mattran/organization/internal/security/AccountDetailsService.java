package vn.mattran.organization.internal.security;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import vn.mattran.organization.internal.accounts.UserAccounts;

/** Loads a user for a login: password hash, role and scope. */
@Component
class AccountDetailsService implements UserDetailsService {

	private final UserAccounts users;

	AccountDetailsService(UserAccounts users) {
		this.users = users;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		return users.principal(username).orElseThrow(() -> new UsernameNotFoundException(username));
	}
}
