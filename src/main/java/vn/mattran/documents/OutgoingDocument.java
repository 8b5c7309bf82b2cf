package vn.mattran.documents;

import java.time.LocalDate;

/** A document of the outgoing register: a draft, or issued with its number, symbol and date. */
public record OutgoingDocument(long id, DocumentType type, boolean issued, Integer number, String symbolSuffix,
		String symbol, LocalDate issuedOn, String title, long issuerBodyId, Long draftingBodyId, String issuerName,
		String unitPath, DocumentContent content, Long correctsId, boolean recorded, int version) {

	public Numbering numbering() {
		return new Numbering(number, symbolSuffix, issuedOn);
	}

	public DocumentText text() {
		return DocumentText.of(type, issuerBodyId, draftingBodyId, content);
	}
}
