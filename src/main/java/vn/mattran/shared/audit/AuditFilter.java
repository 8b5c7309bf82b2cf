package vn.mattran.shared.audit;

import java.time.LocalDate;
import java.util.List;

/**
 * What the audit page filters by; any part may be null. {@code unitPaths} keeps the rows of those
 * subtrees (one code can name a unit in several periods).
 */
public record AuditFilter(List<String> unitPaths, String actorName, String entityType, AuditAction action,
		LocalDate from, LocalDate to) {

	public static AuditFilter none() {
		return new AuditFilter(null, null, null, null, null, null);
	}
}
