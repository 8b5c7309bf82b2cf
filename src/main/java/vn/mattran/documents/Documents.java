package vn.mattran.documents;

import java.time.LocalDate;
import org.springframework.stereotype.Service;
import vn.mattran.documents.internal.OutgoingDocuments;

/**
 * What other modules (plans, dispatches, programmes, reports) ask of the documents module: keep a
 * draft, issue it with the next number of its issuer's register, and give back its files.
 */
@Service
public class Documents {

	private final OutgoingDocuments outgoing;

	Documents(OutgoingDocuments outgoing) {
		this.outgoing = outgoing;
	}

	public OutgoingDocument draft(DocumentText text) {
		return outgoing.createDraft(text);
	}

	public OutgoingDocument revise(long id, int version, DocumentText text) {
		return outgoing.updateDraft(id, version, text);
	}

	/** Issues the draft on {@code day} (today when null): number, symbol, files; it never changes again. */
	public OutgoingDocument issue(long id, LocalDate day) {
		return outgoing.issue(id, day);
	}

	public OutgoingDocument get(long id) {
		return outgoing.get(id);
	}

	public byte[] pdf(long id) {
		return outgoing.pdf(id);
	}

	public byte[] docx(long id) {
		return outgoing.docx(id);
	}
}
