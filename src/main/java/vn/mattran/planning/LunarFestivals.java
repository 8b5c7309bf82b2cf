package vn.mattran.planning;

import java.time.LocalDate;
import java.util.Optional;
import vn.mattran.shared.calendar.LunarCalendar;
import vn.mattran.shared.calendar.LunarDate;

/** The lunar days a committee's calendar marks, converted with the Vietnamese calendar (UTC+7). */
public enum LunarFestivals {
	TET("Tết Nguyên đán", 1, 1),
	RAM_THANG_GIENG("Rằm tháng Giêng (Tết Nguyên tiêu)", 15, 1),
	GIO_TO("Giỗ Tổ Hùng Vương", 10, 3),
	PHAT_DAN("Lễ Phật Đản", 15, 4),
	VU_LAN("Lễ Vu Lan", 15, 7),
	TRUNG_THU("Tết Trung thu", 15, 8),
	ONG_TAO("Ông Công, ông Táo", 23, 12);

	private final String vietnameseName;
	private final int day;
	private final int month;

	LunarFestivals(String vietnameseName, int day, int month) {
		this.vietnameseName = vietnameseName;
		this.day = day;
		this.month = month;
	}

	public String vietnameseName() {
		return vietnameseName;
	}

	/** The solar day of this festival in lunar year {@code year}. */
	public Optional<LocalDate> in(int year) {
		return LunarCalendar.toSolar(new LunarDate(day, month, year, false));
	}
}
