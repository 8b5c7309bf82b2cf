package vn.mattran.planning;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Arrays;
import java.util.Optional;

/**
 * The national days work programmes mark, with the way documents write their date ("03/02/1930",
 * "30/4/1975"), so that an anniversary is computed, never typed: 2021 is the 91st year of the Party.
 */
public enum NationalDays {
	DANG("ngày thành lập Đảng Cộng sản Việt Nam", 1930, 2, 3, "03/02"),
	MAT_TRAN("ngày truyền thống Mặt trận Tổ quốc Việt Nam", 1930, 11, 18, "18/11"),
	GIAI_PHONG_MIEN_NAM("ngày giải phóng miền Nam, thống nhất đất nước", 1975, 4, 30, "30/4"),
	DIEN_BIEN_PHU("chiến thắng Điện Biên Phủ", 1954, 5, 7, "07/5"),
	SINH_NHAT_BAC("ngày sinh Chủ tịch Hồ Chí Minh", 1890, 5, 19, "19/5"),
	THUONG_BINH_LIET_SI("ngày Thương binh, liệt sĩ", 1947, 7, 27, "27/7"),
	CACH_MANG_THANG_TAM("cách mạng tháng Tám", 1945, 8, 19, "19/8"),
	QUOC_KHANH("ngày Quốc khánh", 1945, 9, 2, "2/9"),
	PHU_NU_VIET_NAM("ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam", 1930, 10, 20, "20/10"),
	QUAN_DOI("ngày thành lập Quân đội nhân dân Việt Nam", 1944, 12, 22, "22/12");

	private final String name;
	private final int firstYear;
	private final MonthDay day;
	private final String written;

	NationalDays(String name, int firstYear, int month, int day, String written) {
		this.name = name;
		this.firstYear = firstYear;
		this.day = MonthDay.of(month, day);
		this.written = written;
	}

	public String vietnameseName() {
		return name;
	}

	public LocalDate in(int year) {
		return day.atYear(year);
	}

	/** How many years it will be in {@code year}: 91 for the Party in 2021. */
	public int years(int year) {
		return year - firstYear;
	}

	/** The day in {@code year} as documents write it: "27/7/2024". */
	public String written(int year) {
		return written + "/" + year;
	}

	/** The dates as documents write them: "03/02/1930-03/02/2021". */
	public String span(int year) {
		return written(firstYear) + "-" + written(year);
	}

	public static Optional<NationalDays> byCode(String code) {
		return Arrays.stream(values()).filter(day -> day.name().equalsIgnoreCase(code)).findFirst();
	}
}
