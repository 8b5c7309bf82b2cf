package vn.mattran.fund.internal;

import java.util.List;
import java.util.regex.Pattern;
import vn.mattran.organization.Unit;
import vn.mattran.shared.text.VietnameseText;

/**
 * The collecting unit a list names in its own way, among the units below the fund: by code, or by
 * name where "Tổ 3", "TDP số 3" and "Tổ dân phố số 3" are the same group. A name that two units
 * below the fund share (every ward has a "Tổ 1") is ambiguous and must be given by code.
 */
final class DonationImportUnits {

	private static final Pattern PREFIX = Pattern.compile(
			"^(to dan pho|tdp|to|khu dan cu|kdc|khu pho|kp|khoi|thon|ban|buon|ap|lang|xom|khu|so|phuong|xa|thi tran)\\b\\s*");

	private final List<Unit> units;

	DonationImportUnits(List<Unit> units) {
		this.units = List.copyOf(units);
	}

	/** What a cell names: one unit, none, or several. */
	record Match(Unit unit, int count) {
	}

	Match match(String text) {
		String code = text.strip();
		List<Unit> byCode = units.stream().filter(u -> u.code() != null && u.code().equalsIgnoreCase(code)).toList();
		if (byCode.size() == 1) {
			return new Match(byCode.get(0), 1);
		}
		String key = key(text);
		List<Unit> byName = key.isEmpty() ? List.of() : units.stream().filter(u -> key(u.name()).equals(key)).toList();
		return new Match(byName.size() == 1 ? byName.get(0) : null, byName.size());
	}

	/** The name without the words that say what kind of unit it is, and without leading zeros. */
	static String key(String text) {
		String folded = VietnameseText.fold(text);
		while (true) {
			String shorter = PREFIX.matcher(folded).replaceFirst("").strip();
			if (shorter.equals(folded) || shorter.isEmpty()) {
				break;
			}
			folded = shorter;
		}
		return folded.replaceFirst("^0+(?=\\d)", "");
	}
}
