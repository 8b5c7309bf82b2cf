package vn.mattran.documents;

import java.time.LocalDate;

/** A document got its number: it is issued and will never change. */
public record DocumentIssued(long documentId, String symbol, long issuerBodyId, LocalDate issuedOn) {
}
