package vn.mattran.fund.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The printed receipt, read back from the PDF as a person reads it. */
class ReceiptPdfTests {

	private static final ResourceBundleMessageSource MESSAGES = new ResourceBundleMessageSource();

	static {
		MESSAGES.setBasename("messages");
		MESSAGES.setDefaultEncoding(StandardCharsets.UTF_8.name());
		MESSAGES.setFallbackToSystemLocale(false);
	}

	@Test
	void printsTheAmountInFiguresAndInWordsWithTheReceiptNumber() throws IOException {
		String text = read(ReceiptPdf.render(receipt("Công ty TNHH Hòa Bình", 50_000_000, false, null), MESSAGES));

		assertThat(text).contains("BIÊN LAI THU TIỀN ỦNG HỘ")
			.contains("Số: 000123/2024")
			.contains("Ngày 18/11/2024")
			.contains("PHƯỜNG LÊ ĐẠI HÀNH")
			.contains("Quỹ \"Vì người nghèo\" phường Lê Đại Hành")
			.contains("Công ty TNHH Hòa Bình")
			.contains("50.000.000 đ")
			.contains("Năm mươi triệu đồng chẵn")
			.contains("Chuyển khoản ngân hàng")
			.contains("Tháng cao điểm 2024")
			.contains("Tổ dân phố số 3")
			.doesNotContain("ĐÃ HỦY");
	}

	@Test
	void aVoidedReceiptStillPrintsStampedVoidWithItsReason() throws IOException {
		String text = read(ReceiptPdf.render(receipt("Nguyễn Văn An", 1_250_500, true, "Ghi nhầm số tiền"), MESSAGES));

		assertThat(text).contains("ĐÃ HỦY").contains("Lý do hủy: Ghi nhầm số tiền")
			.contains("1.250.500 đ")
			.contains("Một triệu hai trăm năm mươi nghìn năm trăm đồng");
	}

	@Test
	void printsNamesWithMarkupCharactersAsWritten() throws IOException {
		String text = read(ReceiptPdf.render(receipt("Cửa hàng <Minh & Anh>", 200_000, false, null), MESSAGES));

		assertThat(text).contains("Cửa hàng <Minh & Anh>").contains("Hai trăm nghìn đồng chẵn");
	}

	private static ReceiptPdf.Receipt receipt(String donor, long amount, boolean voided, String reason) {
		return new ReceiptPdf.Receipt("Phường Lê Đại Hành", "Quỹ \"Vì người nghèo\" phường Lê Đại Hành", "000123/2024",
				LocalDate.of(2024, 11, 18), donor, "Số 5 phố Vân Hồ", amount, "Chuyển khoản ngân hàng",
				"Tháng cao điểm 2024", null, null, "Tổ dân phố số 3", "ledaihanh", voided, reason);
	}

	/** The PDF's text (one leaf: a receipt is torn off whole) with line breaks as spaces, so a wrapped phrase reads whole. */
	static String read(byte[] pdf) throws IOException {
		assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(document.getNumberOfPages()).as("pages of the receipt").isEqualTo(1);
			return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
	}
}
