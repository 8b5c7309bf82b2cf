package vn.mattran.shared.money;

import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * Reads an amount of đồng as people type it: "50.000.000", "50,000,000", "50 000 000", "50000000",
 * with or without "đ", "đồng" or "VND". A decimal part ("12,5", "1.000,50") is refused: the đồng has
 * no minor unit, and guessing would turn a typing slip into money.
 */
public final class MoneyText {

	private static final Pattern GROUPED = Pattern.compile("\\d{1,3}([., ]\\d{3})+");
	private static final Pattern PLAIN = Pattern.compile("\\d{1,18}");
	private static final Pattern UNIT = Pattern.compile("(?iu)\\s*(đồng|đ|vnđ|vnd|dong|d)\\.?$");

	private MoneyText() {
	}

	public static OptionalLong parse(String text) {
		if (text == null) {
			return OptionalLong.empty();
		}
		String value = UNIT.matcher(text.replace('\u00a0', ' ').replace('\u202f', ' ').strip()).replaceFirst("").strip();
		if (GROUPED.matcher(value).matches()) {
			char separator = value.charAt(value.length() - 4);
			if (value.chars().filter(c -> c == '.' || c == ',' || c == ' ').anyMatch(c -> c != separator)) {
				return OptionalLong.empty();
			}
			value = value.replace(String.valueOf(separator), "");
		}
		if (!PLAIN.matcher(value).matches()) {
			return OptionalLong.empty();
		}
		return OptionalLong.of(Long.parseLong(value));
	}
}
