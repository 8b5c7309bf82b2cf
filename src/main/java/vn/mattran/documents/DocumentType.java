package vn.mattran.documents;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of administrative document of Decree 30/2020/NĐ-CP, Appendix III, with the
 * abbreviation that goes into the symbol ("50/KH-MTTQ-BTT"); a công văn has none ("1840/UBND-VP").
 */
public enum DocumentType {
	RESOLUTION("NQ", "Nghị quyết"),
	DECISION("QĐ", "Quyết định"),
	DIRECTIVE("CT", "Chỉ thị"),
	REGULATION("QC", "Quy chế"),
	RULE("QyĐ", "Quy định"),
	COMMUNIQUE("TC", "Thông cáo"),
	NOTICE("TB", "Thông báo"),
	GUIDANCE("HD", "Hướng dẫn"),
	PROGRAMME("CTr", "Chương trình"),
	PLAN("KH", "Kế hoạch"),
	SCHEME("PA", "Phương án"),
	PROPOSAL("ĐA", "Đề án"),
	PROJECT("DA", "Dự án"),
	REPORT("BC", "Báo cáo"),
	MINUTES("BB", "Biên bản"),
	SUBMISSION("TTr", "Tờ trình"),
	CONTRACT("HĐ", "Hợp đồng"),
	DISPATCH(null, "Công văn"),
	TELEGRAM("CĐ", "Công điện"),
	MEMORANDUM("BGN", "Bản ghi nhớ"),
	AGREEMENT("BTT", "Bản thỏa thuận"),
	AUTHORIZATION("GUQ", "Giấy ủy quyền"),
	INVITATION("GM", "Giấy mời"),
	INTRODUCTION("GGT", "Giấy giới thiệu"),
	LEAVE("GNP", "Giấy nghỉ phép"),
	SENDING_SLIP("PG", "Phiếu gửi"),
	TRANSFER_SLIP("PC", "Phiếu chuyển"),
	NOTICE_SLIP("PB", "Phiếu báo");

	private final String abbreviation;
	private final String vietnameseName;

	DocumentType(String abbreviation, String vietnameseName) {
		this.abbreviation = abbreviation;
		this.vietnameseName = vietnameseName;
	}

	/** "KH" for a plan; null for a công văn, whose symbol carries no type. */
	public String abbreviation() {
		return abbreviation;
	}

	public String vietnameseName() {
		return vietnameseName;
	}

	/** The name as the title line shows it: "KẾ HOẠCH"; a công văn has no title line. */
	public String titleLine() {
		return this == DISPATCH ? null : vietnameseName.toUpperCase(java.util.Locale.forLanguageTag("vi"));
	}

	public static Optional<DocumentType> byAbbreviation(String abbreviation) {
		return Arrays.stream(values()).filter(type -> abbreviation.equals(type.abbreviation)).findFirst();
	}
}
