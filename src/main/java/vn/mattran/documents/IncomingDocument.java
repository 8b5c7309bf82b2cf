package vn.mattran.documents;

import java.time.LocalDate;

/** A document received from another body, entered in the incoming register with its number there. */
public record IncomingDocument(long id, long receivingBodyId, String receiverName, String unitPath, int number,
		LocalDate receivedOn, String symbol, String issuer, LocalDate issuedOn, DocumentType type, String title,
		String fileName, String mediaType, int size) {
}
