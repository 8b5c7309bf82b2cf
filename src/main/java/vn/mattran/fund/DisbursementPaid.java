package vn.mattran.fund;

import java.time.LocalDate;
import vn.mattran.households.SupportKind;

/** A support was paid out: the area and kind, never the beneficiary's name, for public disclosure. */
public record DisbursementPaid(long disbursementId, long fundId, Long driveId, long unitId, SupportKind kind, long amount,
		LocalDate paidOn) {
}
