package vn.mattran.documents;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import vn.mattran.documents.internal.render.DocxRenderer;
import vn.mattran.documents.internal.render.PdfRenderer;

import static org.assertj.core.api.Assertions.assertThat;

/** The layout Decree 30/2020 asks for, checked in the files themselves. */
class RenderingTests {

	private static final DocumentText LONG_PLAN = new DocumentText(DocumentType.PLAN, 1L, null,
			"ỦY BAN MTTQ VIỆT NAM HUYỆN AN LÃO\n**BAN THƯỜNG TRỰC**", RightTitle.FRONT, true, "An Lão", "KẾ HOẠCH",
			"Tổ chức vận động ủng hộ nhà đại đoàn kết", null, "Căn cứ Điều lệ Mặt trận Tổ quốc Việt Nam;\nCăn cứ Chương trình công tác năm 2025.",
			("# I. MỤC ĐÍCH, YÊU CẦU\n" + "Phát huy truyền thống “*Thương người như thể thương thân*” của dân tộc, ".repeat(12) + "\n")
				.repeat(6) + "| Khoản | Số tiền |\n|---|---|\n| Mô hình điểm | 50.000.000đ |",
			"Nơi nhận:", "- BTT UB MTTQ thành phố;\n- Lưu: VT, BPT.", "TM. BAN THƯỜNG TRỰC", "CHỦ TỊCH", null,
			"Nguyễn Thị Nhung");
	private static final Numbering ISSUED = new Numbering(5, "KH-MTTQ-BTT", LocalDate.of(2025, 2, 3));

	@Test
	void thePdfIsA4WithEveryFontEmbeddedAndPageNumbersFromThePageTwo() throws Exception {
		byte[] pdf = PdfRenderer.render(LONG_PLAN.toContent(), ISSUED);
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(2);
			PDPage first = document.getPage(0);
			assertThat(first.getMediaBox().getWidth()).isCloseTo(595.3f, org.assertj.core.data.Offset.offset(1f));
			assertThat(first.getMediaBox().getHeight()).isCloseTo(841.9f, org.assertj.core.data.Offset.offset(1f));
			for (PDPage page : document.getPages()) {
				for (var name : page.getResources().getFontNames()) {
					PDFont font = page.getResources().getFont(name);
					assertThat(font.isEmbedded()).as(font.getName()).isTrue();
					assertThat(font.getName()).contains("LiberationSerif");
				}
			}
			assertThat(topLine(document, 1)).as("no number on page 1").startsWith("ỦY BAN MTTQ");
			assertThat(topLine(document, 2)).isEqualTo("2");
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("Số: 05/KH-MTTQ-BTT").contains("An Lão, ngày 03 tháng 02 năm 2025")
				.contains("MẶT TRẬN TỔ QUỐC VIỆT NAM").contains("Thương người như thể thương thân").contains("50.000.000đ");
		}
	}

	@Test
	void theDocxHasTheMarginsFontsAndPageNumbersOfTheDecree() throws Exception {
		byte[] docx = DocxRenderer.render(LONG_PLAN.toContent(), ISSUED);
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
			CTSectPr section = document.getDocument().getBody().getSectPr();
			assertThat(section.getPgSz().getW().toString()).isEqualTo("11906");
			assertThat(twipsToMm(section.getPgMar().getTop())).isBetween(20, 25);
			assertThat(twipsToMm(section.getPgMar().getBottom())).isBetween(20, 25);
			assertThat(twipsToMm(section.getPgMar().getLeft())).isBetween(30, 35);
			assertThat(twipsToMm(section.getPgMar().getRight())).isBetween(15, 20);
			assertThat(section.isSetTitlePg()).as("page 1 has its own (empty) header").isTrue();
			assertThat(document.getHeaderList()).anySatisfy(header -> assertThat(header._getHdrFtr().xmlText()).contains("PAGE"));
			var runs = document.getParagraphs().stream().flatMap(p -> p.getRuns().stream()).toList();
			assertThat(runs).isNotEmpty().allSatisfy(run -> assertThat(run.getFontFamily()).isEqualTo("Times New Roman"));
			XWPFRun title = runs.stream().filter(run -> run.text().equals("KẾ HOẠCH")).findFirst().orElseThrow();
			assertThat(title.isBold()).isTrue();
			assertThat(document.getTables()).hasSize(3);
			String text = DocumentTexts.docx(docx);
			assertThat(text).contains("Số: 05/KH-MTTQ-BTT").contains("An Lão, ngày 03 tháng 02 năm 2025")
				.contains("- Lưu: VT, BPT.").contains("Nguyễn Thị Nhung");
		}
	}

	@Test
	void aDraftLeavesRoomForItsNumberAndDate() throws Exception {
		byte[] pdf = PdfRenderer.render(LONG_PLAN.toContent(), Numbering.draft("KH-MTTQ-BTT"));
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			assertThat(text).contains("Số: /KH-MTTQ-BTT").contains("An Lão, ngày tháng năm");
		}
	}

	private static String topLine(PDDocument document, int page) throws Exception {
		PDFTextStripper stripper = new PDFTextStripper();
		stripper.setSortByPosition(true);
		stripper.setStartPage(page);
		stripper.setEndPage(page);
		return stripper.getText(document).strip().lines().findFirst().orElse("").strip();
	}

	private static int twipsToMm(Object twips) {
		return (int) Math.round(Double.parseDouble(twips.toString()) / 56.7);
	}
}
