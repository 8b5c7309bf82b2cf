package vn.mattran.fund.web.api;

import vn.mattran.shared.error.InvalidInput;
import vn.mattran.shared.money.MoneyText;

/** An amount from a JSON body, as a number or as typed; what is not a whole number of đồng is refused by name. */
final class Amounts {

	private Amounts() {
	}

	static Long of(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		return MoneyText.parse(text).stream().boxed().findFirst()
			.orElseThrow(() -> new InvalidInput("amount", "fund.error.amount", text));
	}
}
