package vn.mattran.households.internal;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.mattran.organization.Unit;
import vn.mattran.shared.text.VietnameseText;

/**
 * Finds the residential area a list names in its own way: "Tổ 3", "TDP số 3" and "Tổ dân phố số 3"
 * are the same group; "thôn Kon Rẽ" and "Kon Re" the same village.
 */
final class AreaMatcher {

	private static final Pattern PREFIX = Pattern.compile(
			"^(to dan pho|tdp|to|khu dan cu|kdc|khu pho|kp|khoi|thon|ban|buon|ap|lang|xom|khu|so|ca)\\b\\s*");

	private final List<Unit> areas;

	AreaMatcher(List<Unit> areas) {
		this.areas = List.copyOf(areas);
	}

	Optional<Unit> match(String text) {
		String key = key(text);
		if (key.isEmpty()) {
			return Optional.empty();
		}
		List<Unit> found = areas.stream().filter(area -> key(area.name()).equals(key)).toList();
		return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
	}

	/** The name without the words that say what kind of area it is, and without leading zeros. */
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
