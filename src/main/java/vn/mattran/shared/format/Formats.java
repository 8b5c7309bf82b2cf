package vn.mattran.shared.format;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How numbers, money and dates read everywhere: 50.000.000 đ, 05/03/2025. */
public final class Formats {

	public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");
	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");

	private Formats() {
	}

	/** 50000000 → "50.000.000". */
	public static String number(long value) {
		return String.format(VIETNAMESE, "%,d", value);
	}

	/** 12.5 → "12,5" (one decimal, Vietnamese comma). */
	public static String decimal(double value) {
		return String.format(VIETNAMESE, "%,.1f", value);
	}

	/** A file's size as people read it: "820 KB", "12,5 MB" (a few bytes are "1 KB", never "0 KB"). */
	public static String fileSize(long bytes) {
		return bytes >= 1024 * 1024 ? decimal(bytes / (1024.0 * 1024.0)) + " MB"
				: number(Math.max(1, (bytes + 1023) / 1024)) + " KB";
	}

	/** 50000000 → "50.000.000 đ". */
	public static String money(long dong) {
		return number(dong) + " đ";
	}

	/** 2025-03-05 → "05/03/2025"; no date → "". */
	public static String date(LocalDate date) {
		return date == null ? "" : DATE.format(date);
	}

	/** An instant as Vietnamese local time, "05/03/2025 14:07:09". */
	public static String dateTime(OffsetDateTime at) {
		return at == null ? "" : DATE_TIME.format(at.atZoneSameInstant(VIETNAM));
	}
}
