package vn.mattran.fund.internal;

import java.time.LocalDate;
import vn.mattran.fund.Channel;

/** Filters of a fund's donation list; null means any. Sort: date (newest first), date-asc, amount, amount-asc, receipt. */
public record DonationFilter(Long driveId, String donor, Channel channel, LocalDate from, LocalDate to, Boolean voided,
		String sort) {
}
