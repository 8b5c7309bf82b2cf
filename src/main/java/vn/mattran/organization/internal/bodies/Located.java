package vn.mattran.organization.internal.bodies;

/** A row with the path of its unit (for the scope check) and its version (for safe concurrent edits). */
public record Located<T>(T value, String unitPath, int version) {
}
