package vn.mattran.fund;

import java.time.LocalDate;

/** A donation was recorded: for the public pages (donor names are public unless anonymous, as disclosure lists show them). */
public record DonationRecorded(long donationId, long fundId, Long driveId, long unitId, long amount, LocalDate receivedOn,
		Channel channel, DonorKind donorKind, String donorPublicName, String receiptNumber) {
}
