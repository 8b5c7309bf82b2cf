package vn.mattran.households;

import java.util.Optional;
import vn.mattran.shared.text.VietnameseText;

/** What a household is counted as in a year. A household can hold several at once (poor and a policy family). */
public enum Classification {
	POOR("hộ nghèo", "ho ngheo", "ngheo", "hn"),
	NEAR_POOR("hộ cận nghèo", "ho can ngheo", "can ngheo", "hcn", "cn"),
	NEWLY_OUT_OF_POVERTY("hộ mới thoát nghèo", "ho moi thoat ngheo", "moi thoat ngheo", "thoat ngheo"),
	SPECIAL_HARDSHIP("hoàn cảnh đặc biệt khó khăn", "hoan canh dac biet kho khan", "dac biet kho khan", "hcdbkk",
			"kho khan", "hoan canh kho khan"),
	POLICY_FAMILY("gia đình chính sách", "gia dinh chinh sach", "chinh sach", "gdcs"),
	PERSON_WITH_MERIT("người có công", "nguoi co cong", "co cong", "ncc", "nguoi co cong voi cach mang"),
	HEROIC_MOTHER("Mẹ Việt Nam Anh hùng", "me viet nam anh hung", "mvnah", "me vnah"),
	OTHER("khác", "khac");

	private final String label;
	private final String[] spellings;

	Classification(String label, String... spellings) {
		this.label = label;
		this.spellings = spellings;
	}

	/** The Vietnamese name as lists write it. */
	public String label() {
		return label;
	}

	/** Reads what a spreadsheet cell says ("Hộ nghèo", "cận nghèo", "HCĐBKK", "POOR"), whatever its accents and case. */
	public static Optional<Classification> parse(String text) {
		String folded = VietnameseText.fold(text);
		if (folded.isEmpty()) {
			return Optional.empty();
		}
		for (Classification kind : values()) {
			if (kind.name().equalsIgnoreCase(text.strip())) {
				return Optional.of(kind);
			}
			for (String spelling : kind.spellings) {
				if (spelling.equals(folded)) {
					return Optional.of(kind);
				}
			}
		}
		return Optional.empty();
	}

	/** Counted among the poor for "who left poverty, who fell into it". */
	public boolean poverty() {
		return this == POOR || this == NEAR_POOR;
	}
}
