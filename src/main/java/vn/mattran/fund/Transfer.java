package vn.mattran.fund;

import java.time.LocalDate;

/** Money sent from one fund to another; in transit until the receiver confirms it arrived. */
public record Transfer(long id, long fromFundId, String fromName, long toFundId, String toName, long amount,
		LocalDate sentOn, String purpose, Long driveId, boolean confirmed, LocalDate confirmedOn, String confirmedBy) {
}
