package vn.mattran.documents.internal.incoming;

import java.time.LocalDate;
import vn.mattran.documents.DocumentType;

/** What a person enters about a received document: who received it and when, and what the document says it is. */
public record IncomingDraft(Long receivingBodyId, LocalDate receivedOn, String symbol, String issuer,
		LocalDate issuedOn, DocumentType type, String title) {
}
