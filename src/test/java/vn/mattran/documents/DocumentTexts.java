package vn.mattran.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import vn.mattran.documents.internal.DocumentMarkup;

/** Reading rendered documents back (PDFBox, POI) and comparing their text with an original. */
public final class DocumentTexts {

	private DocumentTexts() {
	}

	/** The text of the PDF in reading order (columns one after the other), without page numbers. */
	public static String pdf(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return PdfReadingOrder.read(document);
		}
	}

	/** The text of the DOCX body (paragraphs and tables in order), without headers. */
	public static String docx(byte[] docx) throws IOException {
		StringBuilder text = new StringBuilder();
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
			for (IBodyElement element : document.getBodyElements()) {
				if (element instanceof XWPFParagraph paragraph) {
					text.append(paragraph.getText()).append('\n');
				}
				else if (element instanceof XWPFTable table) {
					table.getRows().forEach(row -> row.getTableCells()
						.forEach(cell -> cell.getParagraphs().forEach(p -> text.append(p.getText()).append('\n'))));
				}
			}
		}
		return text.toString();
	}

	/**
	 * The original's text as the comparison sees it: its Markdown emphasis marks and drawn rules
	 * ("______") are formatting, not text, and white space and line breaks do not count.
	 */
	public static String normalizedOriginal(Path seed) throws IOException {
		String text = DocumentMarkup.plain(Files.readString(seed)).replaceAll("_{3,}", "");
		return normalized(text);
	}

	public static String normalized(String text) {
		return text.replaceAll("\\s+", "");
	}

	/** Each place where {@code actual} differs from {@code expected}, with the text around it. */
	public static List<String> differences(String expected, String actual) {
		List<String> differences = new ArrayList<>();
		var patch = com.github.difflib.DiffUtils.diff(chars(expected), chars(actual));
		for (var delta : patch.getDeltas()) {
			int at = delta.getSource().getPosition();
			String before = expected.substring(Math.max(0, at - 25), at);
			differences.add(delta.getType() + " after «…" + before + "»: expected «" + join(delta.getSource().getLines())
					+ "» but found «" + join(delta.getTarget().getLines()) + "»");
		}
		return differences;
	}

	private static List<Character> chars(String text) {
		return text.chars().mapToObj(c -> (char) c).toList();
	}

	private static String join(List<Character> chars) {
		StringBuilder text = new StringBuilder();
		chars.forEach(text::append);
		return text.toString();
	}
}
