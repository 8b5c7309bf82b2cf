package vn.mattran.organization.internal.accounts;

import vn.mattran.shared.security.Role;

/** A user to create: login name, role, home unit and (optionally) the person it belongs to. */
public record UserDraft(String username, Role role, Long homeUnitId, Long personId) {
}
