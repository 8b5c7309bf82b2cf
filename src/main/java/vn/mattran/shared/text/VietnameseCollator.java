package vn.mattran.shared.text;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;
import java.util.Comparator;

/**
 * Vietnamese alphabetical order (a ă â b c d đ e ê …, tones after letters) from ICU. The database
 * runs with the C collation, so rows carry this order as a binary sort key the database can index.
 */
public final class VietnameseCollator {

	private static final Collator COLLATOR = frozen();

	private VietnameseCollator() {
	}

	private static Collator frozen() {
		Collator collator = Collator.getInstance(new ULocale("vi"));
		collator.setStrength(Collator.TERTIARY);
		return collator.freeze();
	}

	/** A key whose unsigned byte order is the Vietnamese order of the texts. */
	public static byte[] sortKey(String text) {
		return COLLATOR.getCollationKey(text == null ? "" : text).toByteArray();
	}

	public static Comparator<String> comparator() {
		return COLLATOR::compare;
	}
}
