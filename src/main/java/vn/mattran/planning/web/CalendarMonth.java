package vn.mattran.planning.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import vn.mattran.planning.CalendarEvent;
import vn.mattran.shared.calendar.LunarCalendar;
import vn.mattran.shared.calendar.LunarDate;

/** A month as a grid of weeks from Monday, each day with its lunar date and its events, and the month's own items. */
public record CalendarMonth(YearMonth month, List<List<Day>> weeks, List<CalendarEvent> wholeMonth) {

	/** A day of the grid: outside the month when it only fills the first or last week. */
	public record Day(LocalDate date, boolean inMonth, boolean today, LunarDate lunar, List<CalendarEvent> events) {

		/** "15" or, on the first day of a lunar month, "1/4" (with "n" for a leap month). */
		public String lunarLabel() {
			if (lunar.day() == 1) {
				return "1/" + lunar.month() + (lunar.leapMonth() ? "n" : "");
			}
			return String.valueOf(lunar.day());
		}
	}

	static CalendarMonth of(YearMonth month, List<CalendarEvent> events, LocalDate today) {
		LocalDate start = month.atDay(1).with(DayOfWeek.MONDAY);
		List<List<Day>> weeks = new ArrayList<>();
		LocalDate day = start;
		while (!day.isAfter(month.atEndOfMonth())) {
			List<Day> week = new ArrayList<>();
			for (int i = 0; i < 7; i++) {
				LocalDate d = day;
				week.add(new Day(d, YearMonth.from(d).equals(month), d.equals(today), LunarCalendar.toLunar(d),
						events.stream().filter(e -> d.equals(e.day())).toList()));
				day = day.plusDays(1);
			}
			weeks.add(week);
		}
		List<CalendarEvent> whole = events.stream().filter(e -> e.wholeMonth() && e.month().equals(month)).toList();
		return new CalendarMonth(month, weeks, whole);
	}

	/** The events of the days in this month, in order, for the list under a year's small grids. */
	public List<CalendarEvent> dated() {
		return weeks.stream().flatMap(List::stream).filter(Day::inMonth).flatMap(d -> d.events().stream()).toList();
	}
}
