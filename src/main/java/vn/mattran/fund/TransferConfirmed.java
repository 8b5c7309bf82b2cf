package vn.mattran.fund;

import java.time.LocalDate;

/** Money sent between funds arrived. */
public record TransferConfirmed(long transferId, long fromFundId, long toFundId, long amount, LocalDate confirmedOn) {
}
