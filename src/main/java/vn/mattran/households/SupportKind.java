package vn.mattran.households;

import vn.mattran.shared.text.VietnameseText;

/** What a household was helped with, the same list the fund disburses by. */
public enum SupportKind {
	HOUSE_BUILD("xay nha", "lam nha", "nha dai doan ket", "nha moi"),
	HOUSE_REPAIR("sua nha", "sua chua nha", "sua chua"),
	WORK_TOOLS("cong cu", "dung cu", "phuong tien", "may moc", "cay giong", "con giong"),
	CAPITAL("von", "vay"),
	VOCATIONAL_TRAINING("hoc nghe", "dao tao nghe", "viec lam"),
	PUPIL("hoc sinh", "hoc bong", "do dau", "sach vo", "hoc"),
	GRAVE_ILLNESS("benh", "om", "chua tri", "thuoc", "kham"),
	TET_GIFT("tet", "qua"),
	DISASTER_RELIEF("bao", "lu", "thien tai", "cuu tro", "lut"),
	OTHER();

	private final String[] words;

	SupportKind(String... words) {
		this.words = words;
	}

	/** A best guess from free text ("sửa nhà" → repair, "vốn sản xuất" → capital); OTHER when nothing fits. */
	public static SupportKind guess(String text) {
		String folded = " " + VietnameseText.fold(text) + " ";
		for (SupportKind kind : values()) {
			if (kind.name().equalsIgnoreCase(text == null ? "" : text.strip())) {
				return kind;
			}
		}
		for (SupportKind kind : values()) {
			for (String word : kind.words) {
				if (folded.contains(" " + word + " ")) {
					return kind;
				}
			}
		}
		return OTHER;
	}
}
