package vn.mattran.organization;

/** A person who signs in at a unit, as other modules need them to tell them something: name and e-mail. */
public record UnitUser(long id, String username, String displayName, String email, vn.mattran.shared.security.Role role) {
}
