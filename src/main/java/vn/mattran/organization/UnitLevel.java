package vn.mattran.organization;

import java.util.Arrays;
import java.util.Optional;

/** The levels of the administrative hierarchy. Districts were abolished on 1 July 2025; their history is kept. */
public enum UnitLevel {
	PROVINCE(1), DISTRICT(2), COMMUNE(3), RESIDENTIAL(4);

	private final int number;

	UnitLevel(int number) {
		this.number = number;
	}

	public int number() {
		return number;
	}

	public static UnitLevel of(int number) {
		return Arrays.stream(values())
			.filter(level -> level.number == number)
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("No unit level " + number));
	}

	public static Optional<UnitLevel> parse(String text) {
		return UnitTypes.levelOf(text);
	}
}
