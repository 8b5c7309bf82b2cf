package vn.mattran.fund;

import java.time.LocalDate;

/** A donation as recorded, with its receipt number; a voided one stays, marked with the reason. */
public record Donation(long id, long fundId, Long driveId, Donor donor, long amount, LocalDate receivedOn, Channel channel,
		long unitId, String inKind, String note, Long pledgeId, String receiptNumber, long entryId, boolean voided,
		String voidReason, String createdBy) {
}
