package vn.mattran.organization.web;

import vn.mattran.organization.internal.accounts.UserDraft;
import vn.mattran.shared.security.Role;

/** The new-user form: the home unit by id (from its page) or by the code in force today; the person optional. */
record UserForm(String username, Role role, Long homeUnitId, String homeUnitCode, Long personId) {

	UserDraft draft(Long homeUnitId) {
		return new UserDraft(username, role, homeUnitId, personId);
	}
}
