package vn.mattran.documents;

import java.time.LocalDate;
import org.springframework.stereotype.Service;
import java.util.Optional;
import vn.mattran.documents.internal.OutgoingDocuments;
import vn.mattran.documents.internal.render.DocxRenderer;
import vn.mattran.documents.internal.render.PdfRenderer;
import vn.mattran.documents.internal.render.XhtmlRenderer;

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

	/**
	 * Enters a document issued before the platform with the number it bears (see
	 * {@link OutgoingDocuments#record}); {@code paperRegisterReachedIt} allows a number beyond the next.
	 */
	public OutgoingDocument record(DocumentText text, int number, LocalDate issuedOn, boolean paperRegisterReachedIt) {
		return outgoing.record(text, number, issuedOn, paperRegisterReachedIt);
	}

	/** The document a body's register holds under a number in a year. */
	public Optional<OutgoingDocument> byNumber(long issuerBodyId, int year, int number) {
		return outgoing.byNumber(issuerBodyId, year, number);
	}

	/** The header a new document of the text's issuer prints (issuing body lines, motto, place), to start from. */
	public DocumentText startingPoint(DocumentText text) {
		return outgoing.startingPoint(text);
	}

	/** A text as it would print now, unnumbered, as an HTML fragment styled by /css/van-ban.css. */
	public String previewHtml(DocumentText text) {
		OutgoingDocuments.Preview preview = outgoing.preview(text);
		return XhtmlRenderer.fragment(preview.content(), preview.numbering());
	}

	public byte[] previewPdf(DocumentText text) {
		OutgoingDocuments.Preview preview = outgoing.preview(text);
		return PdfRenderer.render(preview.content(), preview.numbering());
	}

	public byte[] previewDocx(DocumentText text) {
		OutgoingDocuments.Preview preview = outgoing.preview(text);
		return DocxRenderer.render(preview.content(), preview.numbering());
	}

	/**
	 * An issued document's kept PDF, for a module that has decided the reader may see it (no scope
	 * check: a plan's assignees read the plan that gives them a task).
	 */
	public byte[] issuedPdf(long id) {
		return outgoing.issuedCopy(id).pdf();
	}

	/** The kept DOCX of an issued document; as {@link #issuedPdf}, the caller decides who may read it. */
	public byte[] issuedDocx(long id) {
		return outgoing.issuedCopy(id).docx();
	}

	/** An issued document as an HTML fragment; as {@link #issuedPdf}, the caller decides who may read it. */
	public String issuedHtml(long id) {
		OutgoingDocument document = outgoing.issuedCopy(id).document();
		return XhtmlRenderer.fragment(document.content(), document.numbering());
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
