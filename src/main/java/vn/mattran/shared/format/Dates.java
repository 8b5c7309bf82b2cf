package vn.mattran.shared.format;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Optional;

/** Dates as files write them: 2025-07-01, 01/07/2025, 1/7/2025 (day first, as in Vietnam). */
public final class Dates {

	private static final List<DateTimeFormatter> FORMATS = List.of(DateTimeFormatter.ISO_LOCAL_DATE, strict("d/M/uuuu"),
			strict("d-M-uuuu"), strict("d.M.uuuu"));

	private Dates() {
	}

	private static DateTimeFormatter strict(String pattern) {
		return DateTimeFormatter.ofPattern(pattern).withResolverStyle(ResolverStyle.STRICT);
	}

	public static Optional<LocalDate> parse(String text) {
		for (DateTimeFormatter format : FORMATS) {
			try {
				return Optional.of(LocalDate.parse(text.strip(), format));
			}
			catch (DateTimeParseException e) {
				// try the next way of writing it
			}
		}
		return Optional.empty();
	}
}
