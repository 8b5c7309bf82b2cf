package vn.mattran.fund.web;

import vn.mattran.shared.error.InvalidInput;

/**
 * An amount in đồng as people type it: "50.000.000", "50 000 000 đ" or "50000000". Dots and spaces
 * group thousands in Vietnamese, and the đồng has no minor unit, so a comma is refused rather than
 * guessed at.
 */
final class MoneyInput {

	private MoneyInput() {
	}

	/** The amount, null when nothing was typed; refused on {@code field} when it is not a whole number of đồng. */
	static Long parse(String text, String field) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String digits = text.strip().replaceAll("(?i)\\s*(đ|đồng|vnd)$", "").replaceAll("[.\\s\u00a0]", "");
		if (!digits.matches("\\d{1,15}")) {
			throw new InvalidInput(field, "fund.error.amount", text.strip());
		}
		return Long.parseLong(digits);
	}
}
