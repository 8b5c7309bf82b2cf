package vn.mattran.documents.internal.render;

import vn.mattran.documents.DocumentContent;
import vn.mattran.documents.Numbering;
import vn.mattran.shared.print.Pdf;

/** Prints a document to PDF in the Decree 30 layout, in the face the decree names (see {@link Pdf}). */
public final class PdfRenderer {

	static final String FAMILY = Pdf.FAMILY;

	private PdfRenderer() {
	}

	public static byte[] render(DocumentContent content, Numbering numbering) {
		return Pdf.render(XhtmlRenderer.page(content, numbering, FAMILY));
	}
}
