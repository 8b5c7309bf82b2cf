package vn.mattran.shared.calendar;

import com.ibm.icu.util.ChineseCalendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The Vietnamese lunar calendar against the published dates and, day by day, against ICU's astronomy at UTC+7. */
class LunarCalendarTests {

	/** ICU's Chinese calendar with its astronomy computed at UTC+7: the Vietnamese calendar, independently. */
	static final class IcuVietnamese extends ChineseCalendar {

		private static final TimeZone VIETNAM = TimeZone.getTimeZone("GMT+07:00");

		IcuVietnamese() {
			super(TimeZone.GMT_ZONE, ULocale.ROOT, VIETNAM);
		}
	}

	/**
	 * Where the two computations put a new moon on different days. Each is a new moon within a few
	 * minutes of midnight at UTC+7 (1995-09-24 at 23:55, 1996-12-10 at 23:56, 1997-12-29 at 23:57 by
	 * the published ephemeris), where ICU's coarser lunar theory falls on the other side of midnight.
	 * Vietnamese calendars follow the algorithm used here; anything outside this list is a defect.
	 */
	private static final List<String> NEW_MOONS_NEAR_MIDNIGHT = List.of("1906-01-24", "1912-12-08", "1995-09-24",
			"1996-12-10", "1997-12-29", "2051-03-12", "2072-12-09", "2078-11-04", "2079-08-26", "2084-03-06", "2085-10-18");

	@Test
	void agreesWithIcuAtUtcPlus7OnEveryDayFrom1900To2100ButTheNewMoonsAtMidnight() {
		IcuVietnamese icu = new IcuVietnamese();
		List<String> disagreements = new ArrayList<>();
		Integer yearOffset = null;
		LocalDate previous = null;
		for (LocalDate day = LocalDate.of(1900, 1, 31); day.getYear() <= 2100; day = day.plusDays(1)) {
			LunarDate ours = LunarCalendar.toLunar(day);
			icu.setTimeInMillis(day.atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli() + 12 * 3_600_000L);
			int offset = icu.get(ChineseCalendar.EXTENDED_YEAR) - ours.year();
			if (yearOffset == null) {
				yearOffset = offset;
			}
			boolean same = ours.day() == icu.get(ChineseCalendar.DAY_OF_MONTH)
					&& ours.month() == icu.get(ChineseCalendar.MONTH) + 1
					&& ours.leapMonth() == (icu.get(ChineseCalendar.IS_LEAP_MONTH) == 1);
			boolean sameYear = offset == yearOffset;
			if (!same || !sameYear) {
				LunarDate theirs = icuOf(icu, day, yearOffset);
				boolean oneDayApart = theirs.equals(LunarCalendar.toLunar(day.minusDays(1)))
						|| theirs.equals(LunarCalendar.toLunar(day.plusDays(1)))
						|| ours.equals(icuOf(icu, day.minusDays(1), yearOffset)) || ours.equals(icuOf(icu, day.plusDays(1), yearOffset));
				assertThat(oneDayApart).as("%s: %s against ICU's %s is more than a day apart", day, ours, theirs).isTrue();
				if (previous == null || !previous.equals(day.minusDays(1))) {
					disagreements.add(day.toString());
				}
				previous = day;
			}
		}
		assertThat(disagreements).containsExactlyElementsOf(NEW_MOONS_NEAR_MIDNIGHT);
	}

	private static LunarDate icuOf(IcuVietnamese icu, LocalDate day, int yearOffset) {
		icu.setTimeInMillis(day.atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli() + 12 * 3_600_000L);
		return new LunarDate(icu.get(ChineseCalendar.DAY_OF_MONTH), icu.get(ChineseCalendar.MONTH) + 1,
				icu.get(ChineseCalendar.EXTENDED_YEAR) - yearOffset, icu.get(ChineseCalendar.IS_LEAP_MONTH) == 1);
	}

	@Test
	void tetFallsOnThePublishedDays() {
		assertThat(LunarCalendar.tet(1985)).isEqualTo(LocalDate.of(1985, 1, 21));
		assertThat(LunarCalendar.tet(2007)).isEqualTo(LocalDate.of(2007, 2, 17));
		assertThat(LunarCalendar.tet(2053)).isEqualTo(LocalDate.of(2053, 2, 18));
		assertThat(LunarCalendar.tet(2021)).isEqualTo(LocalDate.of(2021, 2, 12));
		assertThat(LunarCalendar.tet(2024)).isEqualTo(LocalDate.of(2024, 2, 10));
		assertThat(LunarCalendar.tet(2025)).isEqualTo(LocalDate.of(2025, 1, 29));
		assertThat(LunarCalendar.tet(2026)).isEqualTo(LocalDate.of(2026, 2, 17));
	}

	@Test
	void differsFromTheChineseCalendarWhereVietnamDoes() {
		assertThat(chineseTet(1985)).isEqualTo(LocalDate.of(1985, 2, 20));
		assertThat(chineseTet(2007)).isEqualTo(LocalDate.of(2007, 2, 18));
		assertThat(chineseTet(2053)).isEqualTo(LocalDate.of(2053, 2, 19));
	}

	@Test
	void convertsTheFeastsOfTheSeedsBothWays() {
		assertThat(LunarCalendar.toSolar(new LunarDate(15, 7, 2021, false))).contains(LocalDate.of(2021, 8, 22));
		assertThat(LunarCalendar.toSolar(new LunarDate(15, 4, 2021, false))).contains(LocalDate.of(2021, 5, 26));
		assertThat(LunarCalendar.toSolar(new LunarDate(15, 1, 2024, false))).contains(LocalDate.of(2024, 2, 24));
		assertThat(LunarCalendar.toLunar(LocalDate.of(2021, 8, 22))).isEqualTo(new LunarDate(15, 7, 2021, false));
		assertThat(LunarCalendar.toLunar(LocalDate.of(2021, 2, 11)).yearName()).isEqualTo("Canh Tý");
		assertThat(LunarCalendar.toLunar(LocalDate.of(2021, 2, 12)).yearName()).isEqualTo("Tân Sửu");
	}

	@Test
	void leapMonthsAndImpossibleDays() {
		// 2023 had a leap second month: 22/03/2023 was the first day of the leap month 2.
		assertThat(LunarCalendar.toLunar(LocalDate.of(2023, 3, 22))).isEqualTo(new LunarDate(1, 2, 2023, true));
		assertThat(LunarCalendar.toSolar(new LunarDate(1, 2, 2023, true))).contains(LocalDate.of(2023, 3, 22));
		assertThat(LunarCalendar.toSolar(new LunarDate(1, 3, 2023, true))).as("no leap month 3 in 2023").isEmpty();
		assertThat(LunarCalendar.toSolar(new LunarDate(1, 5, 2024, true))).as("2024 has no leap month").isEmpty();
		for (int year = 1900; year <= 2100; year++) {
			for (int month = 1; month <= 12; month++) {
				LocalDate first = LunarCalendar.toSolar(new LunarDate(1, month, year, false)).orElseThrow();
				assertThat(LunarCalendar.toLunar(first)).isEqualTo(new LunarDate(1, month, year, false));
			}
		}
	}

	private static LocalDate chineseTet(int year) {
		ChineseCalendar chinese = new ChineseCalendar(TimeZone.GMT_ZONE);
		chinese.setTimeInMillis(LocalDate.of(year, 6, 1).atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli());
		int extended = chinese.get(ChineseCalendar.EXTENDED_YEAR);
		chinese.clear();
		chinese.set(ChineseCalendar.EXTENDED_YEAR, extended);
		chinese.set(ChineseCalendar.MONTH, 0);
		chinese.set(ChineseCalendar.IS_LEAP_MONTH, 0);
		chinese.set(ChineseCalendar.DAY_OF_MONTH, 1);
		return java.time.Instant.ofEpochMilli(chinese.getTimeInMillis()).atZone(ZoneOffset.UTC).toLocalDate();
	}
}
