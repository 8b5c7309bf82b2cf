package vn.mattran.fund;

import java.time.LocalDate;

/**
 * A donation to record: an existing donor by id, or a new one by kind, name, address and phone.
 * {@code unitId} is the unit that collected it (the fund's own unit when null); {@code source}
 * names an imported row so recording it again adds nothing.
 */
public record DonationDraft(Long driveId, Long donorId, DonorKind donorKind, String donorName, String donorAddress,
		String donorPhone, Long amount, LocalDate receivedOn, Channel channel, Long unitId, String inKind, String note,
		Long pledgeId, String source) {
}
