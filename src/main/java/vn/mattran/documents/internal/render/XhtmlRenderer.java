package vn.mattran.documents.internal.render;

import java.util.List;
import vn.mattran.documents.Block;
import vn.mattran.documents.DocumentContent;
import vn.mattran.documents.Numbering;
import vn.mattran.documents.RightTitle;
import vn.mattran.documents.Run;

/**
 * A document as XHTML in the layout of Decree 30/2020/NĐ-CP, Appendix I: the PDF is printed from it
 * and pages show it as the preview. The two-column header and closing are tables, so that text
 * reads (and is extracted) column by column: issuing body, number, "V/v"; then the national title
 * and the date; recipients, then the signature.
 */
public final class XhtmlRenderer {

	private XhtmlRenderer() {
	}

	/** A whole XHTML page for the PDF printer, with the page rules (A4, margins, page numbers from page 2). */
	public static String page(DocumentContent content, Numbering numbering, String fontFamily) {
		return """
				<?xml version="1.0" encoding="UTF-8"?>
				<html xmlns="http://www.w3.org/1999/xhtml" lang="vi"><head><meta charset="UTF-8"/><title>%4$s</title><style>
				@page { size: A4; margin: 20mm 15mm 20mm 30mm;
				  @top-center { content: counter(page); font-family: '%1$s'; font-size: 13pt; } }
				@page :first { @top-center { content: none; } }
				body { font-family: '%1$s'; }
				%2$s
				</style></head><body>%3$s</body></html>
				""".formatted(fontFamily, STYLE, fragment(content, numbering), escape(content.title()));
	}

	/** The document alone, for a page to show inside its own layout (styled by the same rules). */
	public static String fragment(DocumentContent content, Numbering numbering) {
		StringBuilder html = new StringBuilder("<div class=\"van-ban\">");
		if (DocumentLines.hasHeader(content)) {
			header(html, content, numbering);
		}
		title(html, content);
		addressees(html, content.addressees());
		for (List<Run> basis : content.legalBases()) {
			html.append("<p class=\"can-cu\">").append(runs(basis)).append("</p>");
		}
		content.body().forEach(block -> block(html, block));
		closing(html, content.closing());
		return html.append("</div>").toString();
	}

	/** The rules of the layout, shared by the PDF and the page preview. */
	public static final String STYLE = """
			.van-ban { font-size: 14pt; line-height: 1.25; color: #000; }
			.van-ban p { margin: 0; }
			.van-ban table { width: 100%; border-collapse: collapse; }
			.van-ban td { vertical-align: top; padding: 0; }
			.van-ban .tieu-de td.trai { width: 40%; text-align: center; }
			.van-ban .tieu-de td.phai { width: 60%; text-align: center; }
			.van-ban .co-quan-tren { font-size: 13pt; }
			.van-ban .co-quan { font-size: 13pt; font-weight: bold; }
			.van-ban .quoc-hieu { font-size: 13pt; font-weight: bold; }
			.van-ban .tieu-ngu { font-size: 14pt; font-weight: bold; }
			.van-ban .gach { border-top: 1px solid #000; margin: 2pt auto 6pt auto; height: 0; }
			.van-ban .gach.ngan { width: 35%; }
			.van-ban .gach.dai { width: 55%; }
			.van-ban .so { font-size: 13pt; margin-top: 6pt; }
			.van-ban .trich-yeu-cv { font-size: 12pt; margin-top: 4pt; }
			.van-ban .dia-danh { font-style: italic; margin-top: 6pt; }
			.van-ban .ten-loai { text-align: center; font-weight: bold; margin-top: 18pt; }
			.van-ban .trich-yeu { text-align: center; font-weight: bold; }
			.van-ban .kinh-gui { margin: 12pt 0 6pt 45%; }
			.van-ban .can-cu { font-style: italic; text-align: justify; text-indent: 1cm; margin-top: 6pt; }
			.van-ban .doan { text-align: justify; text-indent: 1cm; margin-top: 6pt; }
			.van-ban .muc-1, .van-ban .muc-2, .van-ban .muc-3 { font-weight: bold; text-indent: 1cm; margin-top: 6pt; text-align: justify; }
			.van-ban .muc-3 { font-style: italic; }
			.van-ban table.bang { margin-top: 6pt; }
			.van-ban table.bang td, .van-ban table.bang th { border: 1px solid #000; padding: 2pt 4pt; font-size: 13pt; }
			.van-ban .ket { margin-top: 18pt; page-break-inside: avoid; }
			.van-ban .ket tr { page-break-inside: avoid; }
			.van-ban .ket td.trai { width: 45%; }
			.van-ban .ket td.phai { width: 55%; text-align: center; }
			.van-ban .noi-nhan { font-size: 12pt; font-weight: bold; font-style: italic; }
			.van-ban .nhan { font-size: 11pt; }
			.van-ban .tham-quyen { font-weight: bold; }
			.van-ban .ghi-chu-ky { font-style: italic; margin-top: 30pt; }
			.van-ban .nguoi-ky { font-weight: bold; margin-top: 60pt; }
			.van-ban .ghi-chu-ky + .nguoi-ky { margin-top: 30pt; }
			""";

	private static void header(StringBuilder html, DocumentContent content, Numbering numbering) {
		DocumentContent.Header header = content.header();
		html.append("<table class=\"tieu-de\"><tr><td class=\"trai\">");
		for (DocumentContent.HeaderLine line : header.issuer()) {
			html.append("<p class=\"").append(line.bold() ? "co-quan" : "co-quan-tren").append("\">")
				.append(escape(line.text())).append("</p>");
		}
		if (!header.issuer().isEmpty()) {
			html.append("<div class=\"gach ngan\"></div>");
		}
		if (header.numbered()) {
			html.append("<p class=\"so\">").append(escape(DocumentLines.numberLine(numbering))).append("</p>");
		}
		if (content.titleLine() == null && !content.subject().isEmpty()) {
			for (int i = 0; i < content.subject().size(); i++) {
				html.append("<p class=\"trich-yeu-cv\">").append(i == 0 ? "V/v " : "")
					.append(runs(content.subject().get(i))).append("</p>");
			}
		}
		html.append("</td><td class=\"phai\">");
		if (header.rightTitle() == RightTitle.NATIONAL) {
			html.append("<p class=\"quoc-hieu\">").append(DocumentLines.NATIONAL_TITLE).append("</p>")
				.append("<p class=\"tieu-ngu\">").append(DocumentLines.MOTTO).append("</p>")
				.append("<div class=\"gach dai\"></div>");
		}
		else if (header.rightTitle() == RightTitle.FRONT) {
			html.append("<p class=\"tieu-ngu\">").append(DocumentLines.FRONT_TITLE).append("</p>")
				.append("<div class=\"gach dai\"></div>");
		}
		if (header.place() != null) {
			html.append("<p class=\"dia-danh\">").append(escape(DocumentLines.placeDate(header.place(),
					numbering.issuedOn()))).append("</p>");
		}
		html.append("</td></tr></table>");
	}

	private static void title(StringBuilder html, DocumentContent content) {
		if (content.titleLine() == null) {
			return;
		}
		html.append("<p class=\"ten-loai\">").append(escape(content.titleLine())).append("</p>");
		content.subject().forEach(line -> html.append("<p class=\"trich-yeu\">").append(runs(line)).append("</p>"));
		html.append("<div class=\"gach ngan\"></div>");
	}

	private static void addressees(StringBuilder html, List<String> addressees) {
		if (addressees.isEmpty()) {
			return;
		}
		html.append("<div class=\"kinh-gui\"><p>Kính gửi:</p>");
		addressees.forEach(line -> html.append("<p>").append(escape(line)).append("</p>"));
		html.append("</div>");
	}

	private static void block(StringBuilder html, Block block) {
		if (block instanceof Block.Heading heading) {
			html.append("<p class=\"muc-").append(heading.level()).append("\">").append(runs(heading.runs())).append("</p>");
		}
		else if (block instanceof Block.Paragraph paragraph) {
			html.append("<p class=\"doan\">").append(runs(paragraph.runs())).append("</p>");
		}
		else if (block instanceof Block.Table table) {
			html.append("<table class=\"bang\">");
			for (int r = 0; r < table.rows().size(); r++) {
				String cell = r == 0 && table.headerRow() ? "th" : "td";
				html.append("<tr>");
				for (List<Run> runs : table.rows().get(r)) {
					html.append('<').append(cell).append('>').append(runs(runs)).append("</").append(cell).append('>');
				}
				html.append("</tr>");
			}
			html.append("</table>");
		}
	}

	private static void closing(StringBuilder html, DocumentContent.Closing closing) {
		if (closing == null) {
			return;
		}
		html.append("<table class=\"ket\"><tr><td class=\"trai\">");
		if (!closing.recipients().isEmpty()) {
			html.append("<p class=\"noi-nhan\">").append(escape(closing.recipientsHeading())).append("</p>");
			closing.recipients().forEach(line -> html.append("<p class=\"nhan\">").append(escape(line)).append("</p>"));
		}
		html.append("</td><td class=\"phai\">");
		DocumentContent.Signature signature = closing.signature();
		if (signature != null) {
			for (String line : new String[] { signature.capacity(), signature.position() }) {
				if (line != null) {
					html.append("<p class=\"tham-quyen\">").append(escape(line)).append("</p>");
				}
			}
			if (signature.note() != null) {
				html.append("<p class=\"ghi-chu-ky\">").append(escape(signature.note())).append("</p>");
			}
			if (signature.signer() != null) {
				html.append("<p class=\"nguoi-ky\">").append(escape(signature.signer())).append("</p>");
			}
		}
		html.append("</td></tr></table>");
	}

	private static String runs(List<Run> runs) {
		StringBuilder html = new StringBuilder();
		for (Run run : runs) {
			String text = escape(run.text());
			if (run.italic()) {
				text = "<i>" + text + "</i>";
			}
			if (run.bold()) {
				text = "<b>" + text + "</b>";
			}
			html.append(text);
		}
		return html.toString();
	}

	static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}
}
