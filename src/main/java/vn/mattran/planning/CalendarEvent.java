package vn.mattran.planning;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Something on a body's calendar: a programme item (on a day, or in a month at large), a report
 * deadline, a national day or a lunar festival.
 */
public record CalendarEvent(Kind kind, LocalDate day, YearMonth month, String title, String detail, String link) {

	public enum Kind {
		ITEM, DEADLINE, NATIONAL_DAY, FESTIVAL
	}

	/** True for an item that has no day of its own but stands for the whole month. */
	public boolean wholeMonth() {
		return day == null;
	}
}
