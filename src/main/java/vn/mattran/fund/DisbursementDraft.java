package vn.mattran.fund;

import vn.mattran.households.SupportKind;

/** A support payment to propose: to a household of the registry, to a project's stage, or to a named recipient in an area. */
public record DisbursementDraft(Long householdId, Long projectId, String recipient, Long unitId, SupportKind kind,
		Long amount, Channel channel, String reason, Long driveId) {
}
