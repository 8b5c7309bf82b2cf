package vn.mattran.fund;

import java.time.LocalDate;
import java.util.Set;

/** A drive (đợt vận động) of a fund: its period, channels, norm, and what it has collected. */
public record Drive(long id, long fundId, String title, String purpose, LocalDate startsOn, LocalDate endsOn, Long planId,
		Set<Channel> channels, String norm, int dayWageDivisor, String beneficiary, long collected, long donations,
		long target) {

	public boolean covers(LocalDate day) {
		return !day.isBefore(startsOn) && !day.isAfter(endsOn);
	}
}
