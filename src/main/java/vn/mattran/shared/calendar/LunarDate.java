package vn.mattran.shared.calendar;

/** A day of the Vietnamese lunar calendar: day, month (1–12), year, and whether the month is the leap one. */
public record LunarDate(int day, int month, int year, boolean leapMonth) {

	private static final String[] STEMS = { "Giáp", "Ất", "Bính", "Đinh", "Mậu", "Kỷ", "Canh", "Tân", "Nhâm", "Quý" };
	private static final String[] BRANCHES = { "Tý", "Sửu", "Dần", "Mão", "Thìn", "Tỵ", "Ngọ", "Mùi", "Thân", "Dậu",
			"Tuất", "Hợi" };

	public LunarDate {
		if (day < 1 || day > 30 || month < 1 || month > 12) {
			throw new IllegalArgumentException("No lunar day " + day + "/" + month);
		}
	}

	/** The year's name in the sixty-year cycle: 2021 → "Tân Sửu", 2024 → "Giáp Thìn". */
	public String yearName() {
		return STEMS[Math.floorMod(year + 6, 10)] + " " + BRANCHES[Math.floorMod(year + 8, 12)];
	}

	/** "15/7 âm lịch", "15/4 (nhuận) âm lịch". */
	@Override
	public String toString() {
		return day + "/" + month + (leapMonth ? " (nhuận)" : "") + " âm lịch";
	}
}
