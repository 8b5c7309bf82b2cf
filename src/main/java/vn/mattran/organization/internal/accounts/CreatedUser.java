package vn.mattran.organization.internal.accounts;

/** A user just created or reset, with the one-time password to hand over (it is never shown again). */
public record CreatedUser(UserAccount account, String temporaryPassword) {
}
