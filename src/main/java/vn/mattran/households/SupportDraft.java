package vn.mattran.households;

import java.time.LocalDate;

/**
 * A support to record. {@code source} names where it comes from ("fund:disbursement:42") so the
 * same disbursement recorded twice is kept once; null for supports entered by hand.
 */
public record SupportDraft(long householdId, SupportKind kind, Long amount, String valueNote, LocalDate givenOn,
		String giver, boolean fromFund, String source, Long needId) {
}
