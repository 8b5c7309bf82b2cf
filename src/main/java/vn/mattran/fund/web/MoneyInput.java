package vn.mattran.fund.web;

import vn.mattran.shared.error.InvalidInput;
import vn.mattran.shared.money.MoneyText;

/** An amount in đồng typed on a page, read as {@link MoneyText} reads it; what is not a whole number of đồng is refused beside its field. */
final class MoneyInput {

	private MoneyInput() {
	}

	/** The amount, null when nothing was typed; refused on {@code field} when it is not a whole number of đồng. */
	static Long parse(String text, String field) {
		if (text == null || text.isBlank()) {
			return null;
		}
		return MoneyText.parse(text).stream().boxed().findFirst()
			.orElseThrow(() -> new InvalidInput(field, "fund.error.amount", text.strip()));
	}
}
