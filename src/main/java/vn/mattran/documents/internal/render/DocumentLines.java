package vn.mattran.documents.internal.render;

import java.time.LocalDate;
import vn.mattran.documents.DocumentContent;
import vn.mattran.documents.Numbering;
import vn.mattran.documents.RightTitle;

/** The header lines Decree 30 spells out the same way in every format: the number line and the place and date. */
final class DocumentLines {

	static final String NATIONAL_TITLE = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
	static final String MOTTO = "Độc lập - Tự do - Hạnh phúc";
	static final String FRONT_TITLE = "MẶT TRẬN TỔ QUỐC VIỆT NAM";

	private DocumentLines() {
	}

	/** "Số: 50/KH-MTTQ-BTT"; a draft leaves room for the number: "Số:      /KH-MTTQ-BTT". */
	static String numberLine(Numbering numbering) {
		String number = numbering.number() == null ? "      " : numbering.numberText();
		return numbering.symbolSuffix() == null ? "Số: " + number : "Số: " + number + "/" + numbering.symbolSuffix();
	}

	/**
	 * "An Lão, ngày 01 tháng 8 năm 2023": days below 10 and the months 1 and 2 take a leading zero
	 * (Decree 30, Appendix I), so no one can add a digit by hand. A draft leaves the date blank.
	 */
	static String placeDate(String place, LocalDate day) {
		if (day == null) {
			return place + ", ngày      tháng      năm        ";
		}
		String dd = day.getDayOfMonth() < 10 ? "0" + day.getDayOfMonth() : String.valueOf(day.getDayOfMonth());
		String mm = day.getMonthValue() < 3 ? "0" + day.getMonthValue() : String.valueOf(day.getMonthValue());
		return place + ", ngày " + dd + " tháng " + mm + " năm " + day.getYear();
	}

	static boolean hasHeader(DocumentContent content) {
		DocumentContent.Header header = content.header();
		return !header.issuer().isEmpty() || header.rightTitle() != RightTitle.NONE || header.numbered()
				|| header.place() != null
				|| !content.subject().isEmpty() && content.titleLine() == null;
	}
}
