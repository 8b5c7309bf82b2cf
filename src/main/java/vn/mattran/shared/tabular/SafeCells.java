package vn.mattran.shared.tabular;

/**
 * Text for a cell of a file that leaves the platform. Spreadsheet programs run a cell that begins
 * with {@code =}, {@code +}, {@code -} or {@code @} (or a tab or carriage return before one) as a
 * formula; such text is written with a leading apostrophe, which shows it as the text it is.
 */
public final class SafeCells {

	private SafeCells() {
	}

	public static boolean dangerous(String text) {
		if (text == null || text.isEmpty()) {
			return false;
		}
		char first = text.charAt(0);
		return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
	}

	/** For CSV: the text with an apostrophe before it when it would run as a formula. */
	public static String text(String text) {
		return dangerous(text) ? "'" + text : text == null ? "" : text;
	}
}
