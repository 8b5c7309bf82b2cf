package vn.mattran.shared.audit;

import java.time.OffsetDateTime;

/** A stored audit row as the audit page shows it; before and after are JSON text. */
public record AuditRecord(long id, OffsetDateTime at, String actorName, AuditAction action, String entityType,
		String entityId, String unitPath, String summary, String before, String after) {
}
