package vn.mattran.organization;

/** An official or member: name and contact, belonging to a unit. */
public record Person(long id, long unitId, String fullName, String gender, String phone, String email, String note) {
}
