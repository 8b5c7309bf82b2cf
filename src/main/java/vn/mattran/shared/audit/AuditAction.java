package vn.mattran.shared.audit;

/** What a person did to a thing. */
public enum AuditAction {
	CREATE, UPDATE, DELETE, VIEW, IMPORT, LOGIN, LOGOUT
}
