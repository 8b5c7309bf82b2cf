package vn.mattran.documents.internal.render;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import vn.mattran.documents.DocumentContent;
import vn.mattran.documents.Numbering;

/**
 * Prints a document to PDF with openhtmltopdf. The font is Liberation Serif, metric-compatible
 * with Times New Roman and carrying every Vietnamese glyph, embedded so the file reads the same
 * on any machine; the XHTML calls it "Times New Roman", as Decree 30 names the face.
 */
public final class PdfRenderer {

	static final String FAMILY = "Times New Roman";
	private static final String FONTS = "/liberation/LiberationSerif-";

	private PdfRenderer() {
	}

	public static byte[] render(DocumentContent content, Numbering numbering) {
		PdfRendererBuilder builder = new PdfRendererBuilder();
		builder.useFastMode();
		font(builder, "Regular", 400, FontStyle.NORMAL);
		font(builder, "Bold", 700, FontStyle.NORMAL);
		font(builder, "Italic", 400, FontStyle.ITALIC);
		font(builder, "BoldItalic", 700, FontStyle.ITALIC);
		builder.withHtmlContent(XhtmlRenderer.page(content, numbering, FAMILY), null);
		ByteArrayOutputStream pdf = new ByteArrayOutputStream();
		builder.toStream(pdf);
		try {
			builder.run();
		}
		catch (IOException e) {
			throw new UncheckedIOException("Could not print the document to PDF", e);
		}
		return pdf.toByteArray();
	}

	private static void font(PdfRendererBuilder builder, String face, int weight, FontStyle style) {
		builder.useFont(() -> stream(FONTS + face + ".ttf"), FAMILY, weight, style, true);
	}

	private static InputStream stream(String resource) {
		InputStream font = PdfRenderer.class.getResourceAsStream(resource);
		if (font == null) {
			throw new IllegalStateException("The font " + resource + " is missing from the class path");
		}
		return font;
	}
}
