package vn.mattran.organization.internal.bodies;

/** A person to add to a unit, or the new values of one. */
public record PersonDraft(long unitId, String fullName, String gender, String phone, String email, String note) {
}
