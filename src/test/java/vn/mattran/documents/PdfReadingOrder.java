package vn.mattran.documents;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Reads a PDF page as a person does: line by line from the top, and where two columns stand side
 * by side (the header: issuing body | national title; the closing: recipients | signature) first the
 * whole left column, then the right one. PDF keeps no reading order, so it is taken from positions.
 */
final class PdfReadingOrder extends PDFTextStripper {

	/** A gap this wide (pt) inside a line separates two columns; justified text never leaves one. */
	private static final float COLUMN_GAP = 24;
	/** Page numbers stand in the top margin (20 mm). */
	private static final float BODY_TOP = 18 / 25.4f * 72;

	private final List<List<TextPosition>> lines = new ArrayList<>();
	private List<TextPosition> line = new ArrayList<>();
	private final StringBuilder text = new StringBuilder();

	private PdfReadingOrder() throws IOException {
		setSortByPosition(true);
	}

	static String read(PDDocument document) throws IOException {
		PdfReadingOrder reader = new PdfReadingOrder();
		for (int page = 1; page <= document.getNumberOfPages(); page++) {
			reader.setStartPage(page);
			reader.setEndPage(page);
			reader.lines.clear();
			reader.line = new ArrayList<>();
			reader.getText(document);
			reader.endLine();
			reader.order();
		}
		return reader.text.toString();
	}

	@Override
	protected void writeString(String string, List<TextPosition> positions) {
		positions.stream().filter(position -> position.getYDirAdj() > BODY_TOP).forEach(line::add);
	}

	@Override
	protected void writeLineSeparator() {
		endLine();
	}

	private void endLine() {
		if (!line.isEmpty()) {
			lines.add(line);
			line = new ArrayList<>();
		}
	}

	private void order() {
		int i = 0;
		while (i < lines.size()) {
			List<List<TextPosition>> parts = split(lines.get(i));
			if (parts.size() < 2) {
				text.append(string(lines.get(i))).append('\n');
				i++;
				continue;
			}
			float boundary = parts.get(1).get(0).getXDirAdj() - COLUMN_GAP / 2;
			StringBuilder left = new StringBuilder();
			StringBuilder right = new StringBuilder();
			while (i < lines.size() && fitsColumns(lines.get(i), boundary)) {
				for (List<TextPosition> part : split(lines.get(i))) {
					(part.get(0).getXDirAdj() < boundary ? left : right).append(string(part)).append('\n');
				}
				i++;
			}
			text.append(left).append(right);
		}
	}

	/** Every piece of the line stays on one side of the boundary. */
	private static boolean fitsColumns(List<TextPosition> line, float boundary) {
		return split(line).stream().allMatch(part -> {
			TextPosition last = part.get(part.size() - 1);
			return last.getXDirAdj() + last.getWidthDirAdj() < boundary || part.get(0).getXDirAdj() > boundary;
		});
	}

	private static List<List<TextPosition>> split(List<TextPosition> line) {
		List<List<TextPosition>> parts = new ArrayList<>();
		List<TextPosition> part = new ArrayList<>();
		TextPosition previous = null;
		for (TextPosition position : line) {
			if (previous != null && position.getXDirAdj() - (previous.getXDirAdj() + previous.getWidthDirAdj()) > COLUMN_GAP) {
				parts.add(part);
				part = new ArrayList<>();
			}
			part.add(position);
			previous = position;
		}
		parts.add(part);
		return parts;
	}

	private static String string(List<TextPosition> positions) {
		StringBuilder text = new StringBuilder();
		positions.forEach(position -> text.append(position.getUnicode()));
		return text.toString();
	}
}
