package vn.mattran.documents;

import java.time.LocalDate;

/** A line of either register, as search lists it; {@code direction} is "OUT" (sent) or "IN" (received). */
public record DocumentSummary(long id, String direction, String symbol, String type, String title, String issuer,
		LocalDate issuedOn, boolean issued) {
}
