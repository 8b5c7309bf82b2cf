package vn.mattran.shared.audit;

/**
 * One change to record: what was done to which thing in which unit, with the values before and
 * after (any object Jackson can write; null when there is none).
 */
public record AuditEvent(AuditAction action, String entityType, String entityId, String unitPath, String summary,
		Object before, Object after) {

	public static AuditEvent created(String entityType, Object id, String unitPath, String summary, Object after) {
		return new AuditEvent(AuditAction.CREATE, entityType, String.valueOf(id), unitPath, summary, null, after);
	}

	public static AuditEvent updated(String entityType, Object id, String unitPath, String summary, Object before,
			Object after) {
		return new AuditEvent(AuditAction.UPDATE, entityType, String.valueOf(id), unitPath, summary, before, after);
	}

	public static AuditEvent deleted(String entityType, Object id, String unitPath, String summary, Object before) {
		return new AuditEvent(AuditAction.DELETE, entityType, String.valueOf(id), unitPath, summary, before, null);
	}
}
