package vn.mattran.fund;

/** A donation's receipt was voided and its entry reversed. */
public record DonationVoided(long donationId, long fundId, Long driveId, long amount, String reason) {
}
