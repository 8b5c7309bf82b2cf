package vn.mattran.organization.internal.accounts;

import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.mattran.shared.jobs.JobOwners;
import vn.mattran.shared.security.MattranUser;

/** A job runs as its owner with their rights and scope as of now; a disabled owner's job does not run. */
@Component
class JobOwnerLookup implements JobOwners {

	private final UserAccounts accounts;

	JobOwnerLookup(UserAccounts accounts) {
		this.accounts = accounts;
	}

	@Override
	public Optional<MattranUser> principal(long userId) {
		return accounts.principal(userId).filter(MattranUser::isEnabled);
	}
}
