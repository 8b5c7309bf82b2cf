package vn.mattran.shared.print;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Prints XHTML to PDF with openhtmltopdf. The font is Liberation Serif, metric-compatible with
 * Times New Roman and carrying every Vietnamese glyph, embedded so the file reads the same on any
 * machine; the XHTML calls it "Times New Roman" ({@link #FAMILY}), as Decree 30 names the face.
 */
public final class Pdf {

	public static final String FAMILY = "Times New Roman";
	private static final String FONTS = "/liberation/LiberationSerif-";

	private Pdf() {
	}

	public static byte[] render(String xhtml) {
		PdfRendererBuilder builder = new PdfRendererBuilder();
		builder.useFastMode();
		font(builder, "Regular", 400, FontStyle.NORMAL);
		font(builder, "Bold", 700, FontStyle.NORMAL);
		font(builder, "Italic", 400, FontStyle.ITALIC);
		font(builder, "BoldItalic", 700, FontStyle.ITALIC);
		builder.withHtmlContent(xhtml, null);
		ByteArrayOutputStream pdf = new ByteArrayOutputStream();
		builder.toStream(pdf);
		try {
			builder.run();
		}
		catch (IOException e) {
			throw new UncheckedIOException("Could not print to PDF", e);
		}
		return pdf.toByteArray();
	}

	private static void font(PdfRendererBuilder builder, String face, int weight, FontStyle style) {
		builder.useFont(() -> stream(FONTS + face + ".ttf"), FAMILY, weight, style, true);
	}

	private static InputStream stream(String resource) {
		InputStream font = Pdf.class.getResourceAsStream(resource);
		if (font == null) {
			throw new IllegalStateException("The font " + resource + " is missing from the class path");
		}
		return font;
	}
}
