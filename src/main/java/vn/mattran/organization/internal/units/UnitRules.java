package vn.mattran.organization.internal.units;

import java.time.LocalDate;
import java.util.regex.Pattern;
import vn.mattran.organization.Unit;
import vn.mattran.organization.UnitLevel;
import vn.mattran.organization.UnitTypes;
import vn.mattran.shared.error.InvalidInput;

/**
 * What makes a unit well-formed: a name, a level below its parent's, a type of that level, an
 * official-shaped code when there is one (2 digits for a province, 3 for a district, 5 for a commune), and a period
 * inside its parent's.
 */
final class UnitRules {

	static final int MAX_NAME = 200;
	private static final Pattern LOCAL_CODE = Pattern.compile("[0-9A-Za-z._-]{1,10}");

	private UnitRules() {
	}

	static void check(NewUnit unit, Unit parent) {
		checkName(unit.name());
		checkPlace(unit.level(), parent);
		checkType(unit.level(), unit.type());
		checkCode(unit.level(), unit.code());
		checkPeriod(unit.validFrom(), unit.validTo(), parent);
	}

	static void checkName(String name) {
		if (name == null || name.isBlank()) {
			throw new InvalidInput("name", "unit.error.nameRequired");
		}
		if (name.length() > MAX_NAME) {
			throw new InvalidInput("name", "unit.error.nameTooLong", MAX_NAME);
		}
	}

	static void checkPlace(UnitLevel level, Unit parent) {
		if (level == null) {
			throw new InvalidInput("level", "unit.error.levelRequired");
		}
		if (parent == null) {
			if (level != UnitLevel.PROVINCE) {
				throw new InvalidInput("parentCode", "unit.error.parentRequired");
			}
			return;
		}
		boolean fits = switch (level) {
			case PROVINCE -> false;
			case DISTRICT -> parent.level() == UnitLevel.PROVINCE;
			case COMMUNE -> parent.level() == UnitLevel.PROVINCE || parent.level() == UnitLevel.DISTRICT;
			case RESIDENTIAL -> parent.level() == UnitLevel.COMMUNE;
		};
		if (!fits) {
			throw new InvalidInput("level", "unit.error.levelUnderParent", level.name(), parent.level().name(),
					parent.name());
		}
	}

	static void checkType(UnitLevel level, String type) {
		if (type == null || !UnitTypes.allowed(level, type)) {
			throw new InvalidInput("type", "unit.error.typeNotOfLevel", type, String.join(", ", UnitTypes.of(level)));
		}
	}

	static void checkCode(UnitLevel level, String code) {
		// Optional: residential areas rarely have one, and a historical unit's code may be unknown.
		if (code == null) {
			return;
		}
		int digits = switch (level) {
			case PROVINCE -> 2;
			case DISTRICT -> 3;
			case COMMUNE -> 5;
			case RESIDENTIAL -> 0;
		};
		if (digits > 0 && !code.matches("\\d{" + digits + "}")) {
			throw new InvalidInput("code", "unit.error.codeShape", code, digits);
		}
		if (digits == 0 && !LOCAL_CODE.matcher(code).matches()) {
			throw new InvalidInput("code", "unit.error.localCodeShape", code);
		}
	}

	static void checkPeriod(LocalDate from, LocalDate to, Unit parent) {
		if (from != null && to != null && from.isAfter(to)) {
			throw new InvalidInput("validTo", "unit.error.periodReversed");
		}
		if (parent == null) {
			return;
		}
		boolean startsBeforeParent = parent.validFrom() != null && (from == null || from.isBefore(parent.validFrom()));
		boolean endsAfterParent = parent.validTo() != null && (to == null || to.isAfter(parent.validTo()));
		if (startsBeforeParent || endsAfterParent) {
			throw new InvalidInput("validFrom", "unit.error.outsideParentPeriod", parent.name());
		}
	}
}
