package vn.mattran.shared.jobs;

import java.util.Optional;
import vn.mattran.shared.security.MattranUser;

/** Who a job runs as: its owner as they would sign in now (the organisation module knows users). */
public interface JobOwners {

	Optional<MattranUser> principal(long userId);
}
