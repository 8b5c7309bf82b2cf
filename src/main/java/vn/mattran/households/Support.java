package vn.mattran.households;

import java.time.LocalDate;

/** Something a household received: money (amount in đồng) or goods (a note of what and its value). */
public record Support(long id, long householdId, SupportKind kind, Long amount, String valueNote, LocalDate givenOn,
		String giver, boolean fromFund, Long needId, String recordedBy) {
}
