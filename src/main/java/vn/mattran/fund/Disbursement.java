package vn.mattran.fund;

import java.time.LocalDate;
import vn.mattran.households.SupportKind;

/** A support payment and where it stands. */
public record Disbursement(long id, long fundId, Long householdId, Long projectId, String recipient, long unitId,
		SupportKind kind, long amount, Channel channel, String reason, Long driveId, DisbursementStatus status,
		String proposedBy, LocalDate proposedOn, String approvedBy, LocalDate approvedOn, LocalDate paidOn,
		Long entryId, LocalDate acknowledgedOn, String proofName, String note, Long needId) {
}
