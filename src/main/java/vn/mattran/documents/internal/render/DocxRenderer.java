package vn.mattran.documents.internal.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import vn.mattran.documents.Block;
import vn.mattran.documents.DocumentContent;
import vn.mattran.documents.Numbering;
import vn.mattran.documents.RightTitle;
import vn.mattran.documents.Run;

/**
 * Writes a document as DOCX (Apache POI) in the layout of Decree 30/2020/NĐ-CP, Appendix I, so it
 * opens and can be edited in Word and LibreOffice: A4, margins 20/20/30/15 mm, Times New Roman,
 * page numbers centred at the top from the second page.
 */
public final class DocxRenderer {

	private static final String FONT = "Times New Roman";
	private static final int TWIPS_PER_MM = 57;
	private static final int INDENT = 567;

	private DocxRenderer() {
	}

	public static byte[] render(DocumentContent content, Numbering numbering) {
		try (XWPFDocument docx = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			page(docx);
			if (DocumentLines.hasHeader(content)) {
				header(docx, content, numbering);
			}
			title(docx, content);
			addressees(docx, content.addressees());
			for (List<Run> basis : content.legalBases()) {
				XWPFParagraph paragraph = body(docx.createParagraph());
				runs(paragraph, basis, 14, false, true);
			}
			content.body().forEach(block -> block(docx, block));
			closing(docx, content.closing());
			docx.getProperties().getCoreProperties().setTitle(content.title());
			docx.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException("Could not write the document as DOCX", e);
		}
	}

	private static void page(XWPFDocument docx) {
		CTSectPr section = docx.getDocument().getBody().isSetSectPr() ? docx.getDocument().getBody().getSectPr()
				: docx.getDocument().getBody().addNewSectPr();
		CTPageSz size = section.addNewPgSz();
		size.setW(BigInteger.valueOf(11906));
		size.setH(BigInteger.valueOf(16838));
		CTPageMar margins = section.addNewPgMar();
		margins.setTop(BigInteger.valueOf(20 * TWIPS_PER_MM));
		margins.setBottom(BigInteger.valueOf(20 * TWIPS_PER_MM));
		margins.setLeft(BigInteger.valueOf(30 * TWIPS_PER_MM));
		margins.setRight(BigInteger.valueOf(15 * TWIPS_PER_MM));
		margins.setHeader(BigInteger.valueOf(10 * TWIPS_PER_MM));
		margins.setFooter(BigInteger.valueOf(10 * TWIPS_PER_MM));
		docx.createHeader(HeaderFooterType.FIRST);
		XWPFHeader others = docx.createHeader(HeaderFooterType.DEFAULT);
		XWPFParagraph number = others.createParagraph();
		number.setAlignment(ParagraphAlignment.CENTER);
		number.getCTP().addNewFldSimple().setInstr("PAGE");
		if (!section.isSetTitlePg()) {
			section.addNewTitlePg();
		}
	}

	private static void header(XWPFDocument docx, DocumentContent content, Numbering numbering) {
		DocumentContent.Header header = content.header();
		XWPFTable table = borderless(docx.createTable(1, 2), "40%", "60%");
		XWPFTableCell left = table.getRow(0).getCell(0);
		XWPFTableCell right = table.getRow(0).getCell(1);
		boolean first = true;
		for (DocumentContent.HeaderLine line : header.issuer()) {
			text(paragraph(left, first), line.text(), 13, line.bold(), false);
			first = false;
		}
		if (!header.issuer().isEmpty()) {
			rule(paragraph(left, false), 900);
		}
		if (header.numbered()) {
			text(spaced(paragraph(left, first)), DocumentLines.numberLine(numbering), 13, false, false);
			first = false;
		}
		if (content.titleLine() == null) {
			for (int i = 0; i < content.subject().size(); i++) {
				XWPFParagraph line = paragraph(left, first);
				if (i == 0) {
					text(line, "V/v ", 12, false, false);
				}
				runs(line, content.subject().get(i), 12, false, false);
				first = false;
			}
		}
		first = true;
		if (header.rightTitle() == RightTitle.NATIONAL) {
			text(paragraph(right, true), DocumentLines.NATIONAL_TITLE, 13, true, false);
			text(paragraph(right, false), DocumentLines.MOTTO, 14, true, false);
			rule(paragraph(right, false), 1000);
			first = false;
		}
		else if (header.rightTitle() == RightTitle.FRONT) {
			text(paragraph(right, true), DocumentLines.FRONT_TITLE, 14, true, false);
			rule(paragraph(right, false), 1000);
			first = false;
		}
		if (header.place() != null) {
			text(spaced(paragraph(right, first)), DocumentLines.placeDate(header.place(), numbering.issuedOn()), 14, false,
					true);
		}
	}

	private static void title(XWPFDocument docx, DocumentContent content) {
		if (content.titleLine() == null) {
			return;
		}
		XWPFParagraph type = centered(docx.createParagraph());
		type.setSpacingBefore(360);
		text(type, content.titleLine(), 14, true, false);
		content.subject().forEach(line -> runs(centered(docx.createParagraph()), line, 14, true, false));
		XWPFParagraph rule = centered(docx.createParagraph());
		rule.setIndentationLeft(3200);
		rule.setIndentationRight(3200);
		rule.setBorderTop(Borders.SINGLE);
	}

	private static void addressees(XWPFDocument docx, List<String> addressees) {
		if (addressees.isEmpty()) {
			return;
		}
		XWPFParagraph title = docx.createParagraph();
		title.setIndentationLeft(3600);
		title.setSpacingBefore(240);
		text(title, "Kính gửi:", 14, false, false);
		for (String line : addressees) {
			XWPFParagraph paragraph = docx.createParagraph();
			paragraph.setIndentationLeft(4200);
			text(paragraph, line, 14, false, false);
		}
	}

	private static void block(XWPFDocument docx, Block block) {
		if (block instanceof Block.Heading heading) {
			runs(body(docx.createParagraph()), heading.runs(), 14, true, heading.level() == 3);
		}
		else if (block instanceof Block.Paragraph paragraph) {
			runs(body(docx.createParagraph()), paragraph.runs(), 14, false, false);
		}
		else if (block instanceof Block.Table table) {
			int columns = table.rows().stream().mapToInt(List::size).max().orElse(1);
			XWPFTable grid = docx.createTable(table.rows().size(), columns);
			grid.setWidth("100%");
			for (int r = 0; r < table.rows().size(); r++) {
				List<List<Run>> cells = table.rows().get(r);
				for (int c = 0; c < cells.size(); c++) {
					XWPFParagraph paragraph = grid.getRow(r).getCell(c).getParagraphs().get(0);
					runs(paragraph, cells.get(c), 13, r == 0 && table.headerRow(), false);
				}
			}
		}
	}

	private static void closing(XWPFDocument docx, DocumentContent.Closing closing) {
		if (closing == null) {
			return;
		}
		XWPFParagraph gap = docx.createParagraph();
		gap.setSpacingBefore(240);
		XWPFTable table = borderless(docx.createTable(1, 2), "45%", "55%");
		// Recipients and signature stay on one page, as a signed page must.
		table.getRow(0).setCantSplitRow(true);
		XWPFTableCell left = table.getRow(0).getCell(0);
		XWPFTableCell right = table.getRow(0).getCell(1);
		boolean first = true;
		if (!closing.recipients().isEmpty()) {
			XWPFParagraph heading = paragraph(left, true);
			heading.setAlignment(ParagraphAlignment.LEFT);
			text(heading, closing.recipientsHeading(), 12, true, true);
			for (String line : closing.recipients()) {
				XWPFParagraph paragraph = paragraph(left, false);
				paragraph.setAlignment(ParagraphAlignment.LEFT);
				text(paragraph, line, 11, false, false);
			}
		}
		DocumentContent.Signature signature = closing.signature();
		if (signature == null) {
			return;
		}
		for (String line : new String[] { signature.capacity(), signature.position() }) {
			if (line != null) {
				text(paragraph(right, first), line, 14, true, false);
				first = false;
			}
		}
		if (signature.note() != null) {
			XWPFParagraph note = paragraph(right, first);
			note.setSpacingBefore(600);
			text(note, signature.note(), 14, false, true);
			first = false;
		}
		if (signature.signer() != null) {
			XWPFParagraph signer = paragraph(right, first);
			signer.setSpacingBefore(signature.note() == null ? 1400 : 600);
			text(signer, signature.signer(), 14, true, false);
		}
	}

	private static XWPFTable borderless(XWPFTable table, String leftWidth, String rightWidth) {
		table.setWidth("100%");
		table.removeBorders();
		table.getRow(0).getCell(0).setWidth(leftWidth);
		table.getRow(0).getCell(1).setWidth(rightWidth);
		table.getRow(0).getCell(0).setWidthType(TableWidthType.PCT);
		table.getRow(0).getCell(1).setWidthType(TableWidthType.PCT);
		return table;
	}

	/** The cell's first (empty) paragraph, or a new one after it; centred, as header and signature lines are. */
	private static XWPFParagraph paragraph(XWPFTableCell cell, boolean first) {
		XWPFParagraph paragraph = first ? cell.getParagraphs().get(0) : cell.addParagraph();
		paragraph.setAlignment(ParagraphAlignment.CENTER);
		paragraph.setSpacingAfter(0);
		return paragraph;
	}

	private static XWPFParagraph spaced(XWPFParagraph paragraph) {
		paragraph.setSpacingBefore(120);
		return paragraph;
	}

	private static XWPFParagraph centered(XWPFParagraph paragraph) {
		paragraph.setAlignment(ParagraphAlignment.CENTER);
		paragraph.setSpacingAfter(0);
		return paragraph;
	}

	private static XWPFParagraph body(XWPFParagraph paragraph) {
		paragraph.setAlignment(ParagraphAlignment.BOTH);
		paragraph.setIndentationFirstLine(INDENT);
		paragraph.setSpacingBefore(120);
		paragraph.setSpacingAfter(0);
		return paragraph;
	}

	/** A short line under the issuing body or the national title: an empty paragraph's border, narrowed by indents. */
	private static void rule(XWPFParagraph paragraph, int indent) {
		paragraph.setIndentationLeft(indent);
		paragraph.setIndentationRight(indent);
		paragraph.setBorderTop(Borders.SINGLE);
	}

	private static void runs(XWPFParagraph paragraph, List<Run> runs, int size, boolean bold, boolean italic) {
		for (Run run : runs) {
			text(paragraph, run.text(), size, bold || run.bold(), italic || run.italic());
		}
	}

	private static void text(XWPFParagraph paragraph, String text, int size, boolean bold, boolean italic) {
		XWPFRun run = paragraph.createRun();
		run.setText(text);
		run.setFontFamily(FONT);
		run.setFontSize(size);
		run.setBold(bold);
		run.setItalic(italic);
	}
}
