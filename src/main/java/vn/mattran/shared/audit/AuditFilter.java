package vn.mattran.shared.audit;

import java.time.LocalDate;

/** What the audit page filters by; any part may be null. {@code unitPath} keeps its subtree. */
public record AuditFilter(String unitPath, String actorName, String entityType, AuditAction action, LocalDate from,
		LocalDate to) {

	public static AuditFilter none() {
		return new AuditFilter(null, null, null, null, null, null);
	}
}
