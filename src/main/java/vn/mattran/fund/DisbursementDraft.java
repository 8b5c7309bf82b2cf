package vn.mattran.fund;

import vn.mattran.households.SupportKind;

/**
 * A support payment to propose: to a household of the registry, to a project's stage, or to a named recipient in an
 * area; {@code needId} is an open need of the household (or the project's household) that paying it meets.
 */
public record DisbursementDraft(Long householdId, Long projectId, String recipient, Long unitId, SupportKind kind,
		Long amount, Channel channel, String reason, Long driveId, Long needId) {

	/** A payment that meets no need in particular. */
	public DisbursementDraft(Long householdId, Long projectId, String recipient, Long unitId, SupportKind kind, Long amount,
			Channel channel, String reason, Long driveId) {
		this(householdId, projectId, recipient, unitId, kind, amount, channel, reason, driveId, null);
	}
}
