package vn.mattran.shared.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Vietnamese text as the platform stores and searches it: NFC, and folded without diacritics. */
public final class VietnameseText {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");
	private static final Pattern SPACES = Pattern.compile("\\s+");
	private static final Pattern NOT_WORD = Pattern.compile("[^a-z0-9]+");

	private VietnameseText() {
	}

	/** NFC, trimmed, inner white space collapsed to one space; null stays null. */
	public static String clean(String text) {
		if (text == null) {
			return null;
		}
		return SPACES.matcher(Normalizer.normalize(text, Normalizer.Form.NFC).strip()).replaceAll(" ");
	}

	/** Cleaned text, or null when nothing but white space is left. */
	public static String cleanOrNull(String text) {
		String cleaned = clean(text);
		return cleaned == null || cleaned.isEmpty() ? null : cleaned;
	}

	/**
	 * Lower case without diacritics, punctuation turned into single spaces: "Đắk Glei" and
	 * "Đăk  Glei" both fold to "dak glei". Đ has no decomposition in Unicode, so it is mapped by hand.
	 */
	public static String fold(String text) {
		if (text == null) {
			return "";
		}
		String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
		String bare = MARKS.matcher(decomposed).replaceAll("")
				.replace('đ', 'd').replace('Đ', 'd')
				.toLowerCase(Locale.ROOT);
		return NOT_WORD.matcher(bare).replaceAll(" ").strip();
	}

	/** The folded text without any separator: "ĐăkGlei", "Đắk Glei" and "Ia H’Đrai" compare as plain letters. */
	public static String compact(String text) {
		return fold(text).replace(" ", "");
	}
}
