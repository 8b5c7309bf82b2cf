package vn.mattran.shared.money;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.mattran.shared.format.Formats;

/**
 * Amounts spelled out as Vietnamese documents write them: "50.000.000đ (Năm mươi triệu đồng chẵn)".
 * Written by hand because ICU4J's spellout drops the zero hundreds of a group after the first one
 * ("một triệu lẻ một" for 1.000.001, where documents write "một triệu không trăm lẻ một").
 */
public final class AmountInWords {

	private static final String[] DIGITS = { "không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín" };
	private static final String[] GROUPS = { "", "nghìn", "triệu" };
	private static final long[] POWERS = { 1, 1_000, 1_000_000 };
	private static final long BILLION = 1_000_000_000L;

	private AmountInWords() {
	}

	/** 1000001 → "một triệu không trăm lẻ một"; 21 → "hai mươi mốt"; 0 → "không". */
	public static String words(long number) {
		if (number == 0) {
			return DIGITS[0];
		}
		if (number < 0) {
			if (number == Long.MIN_VALUE) {
				throw new IllegalArgumentException("No amount in đồng is that small: " + number);
			}
			return "âm " + words(-number);
		}
		return spell(number, false);
	}

	/** A count of tỷ is itself a number ("chín trăm chín mươi tư nghìn tám trăm hai mươi chín tỷ"). */
	private static String spell(long number, boolean afterHigher) {
		if (number >= BILLION) {
			long rest = number % BILLION;
			return spell(number / BILLION, afterHigher) + " tỷ" + (rest == 0 ? "" : " " + spell(rest, true));
		}
		List<String> parts = new ArrayList<>();
		boolean said = afterHigher;
		for (int i = 2; i >= 0; i--) {
			int group = (int) (number / POWERS[i] % 1000);
			if (group == 0) {
				continue;
			}
			parts.add(hundreds(group, said));
			if (!GROUPS[i].isEmpty()) {
				parts.add(GROUPS[i]);
			}
			said = true;
		}
		return String.join(" ", parts);
	}

	/** "Năm mươi triệu đồng chẵn": capitalised, with "chẵn" when nothing is left below a thousand. */
	public static String dong(long amount) {
		String text = words(amount) + " đồng" + (amount != 0 && amount % 1000 == 0 ? " chẵn" : "");
		return text.substring(0, 1).toUpperCase(Locale.forLanguageTag("vi")) + text.substring(1);
	}

	/** "50.000.000đ (Năm mươi triệu đồng chẵn)". */
	public static String written(long amount) {
		return Formats.number(amount) + "đ (" + dong(amount) + ")";
	}

	/** One group of three digits; after a higher group its zero hundreds are said ("không trăm lẻ một"). */
	private static String hundreds(int group, boolean full) {
		int hundred = group / 100;
		int ten = group / 10 % 10;
		int unit = group % 10;
		List<String> words = new ArrayList<>();
		if (hundred > 0 || full) {
			words.add(DIGITS[hundred]);
			words.add("trăm");
		}
		if (ten == 0) {
			if (unit > 0) {
				if (!words.isEmpty()) {
					words.add("lẻ");
				}
				words.add(DIGITS[unit]);
			}
		}
		else if (ten == 1) {
			words.add("mười");
			if (unit > 0) {
				words.add(unit == 5 ? "lăm" : DIGITS[unit]);
			}
		}
		else {
			words.add(DIGITS[ten]);
			words.add("mươi");
			if (unit > 0) {
				words.add(switch (unit) {
					case 1 -> "mốt";
					case 4 -> "tư";
					case 5 -> "lăm";
					default -> DIGITS[unit];
				});
			}
		}
		return String.join(" ", words);
	}
}
