package vn.mattran.shared.calendar;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The Vietnamese lunar calendar (âm lịch), computed for the meridian of UTC+7, after Hồ Ngọc Đức's
 * published algorithm: new moons and solar terms from Meeus' approximations, month 11 holding the
 * winter solstice, the first month without a major solar term being the leap month. Computed for
 * Hanoi rather than Beijing, it differs from the Chinese calendar in some years (Tết 1985 fell on
 * 21/01 in Vietnam, on 20/02 in China). Good for 1800–2199.
 */
public final class LunarCalendar {

	private static final double TIME_ZONE = 7.0;
	private static final double SYNODIC_MONTH = 29.530588853;
	private static final long JULIAN_DAY_OF_EPOCH_DAY_0 = 2440588;

	private LunarCalendar() {
	}

	public static LunarDate toLunar(LocalDate date) {
		long dayNumber = date.toEpochDay() + JULIAN_DAY_OF_EPOCH_DAY_0;
		long k = (long) Math.floor((dayNumber - 2415021.076998695) / SYNODIC_MONTH);
		long monthStart = newMoonDay(k + 1);
		// The estimate of k can be one month high (on 07/05/2054, say): step back until the month has begun.
		while (monthStart > dayNumber) {
			monthStart = newMoonDay(k--);
		}
		int year = date.getYear();
		long a11 = lunarMonth11(year);
		long b11 = a11;
		int lunarYear;
		if (a11 >= monthStart) {
			lunarYear = year;
			a11 = lunarMonth11(year - 1);
		}
		else {
			lunarYear = year + 1;
			b11 = lunarMonth11(year + 1);
		}
		int day = (int) (dayNumber - monthStart + 1);
		int diff = (int) Math.floor((monthStart - a11) / 29.0);
		boolean leap = false;
		int month = diff + 11;
		if (b11 - a11 > 365) {
			int leapDiff = leapMonthOffset(a11);
			if (diff >= leapDiff) {
				month = diff + 10;
				leap = diff == leapDiff;
			}
		}
		if (month > 12) {
			month -= 12;
		}
		if (month >= 11 && diff < 4) {
			lunarYear -= 1;
		}
		return new LunarDate(day, month, lunarYear, leap);
	}

	/** The solar date of a lunar one; empty when there is no such day (a leap month the year lacks, a 30th in a short month). */
	public static Optional<LocalDate> toSolar(LunarDate lunar) {
		long a11;
		long b11;
		if (lunar.month() < 11) {
			a11 = lunarMonth11(lunar.year() - 1);
			b11 = lunarMonth11(lunar.year());
		}
		else {
			a11 = lunarMonth11(lunar.year());
			b11 = lunarMonth11(lunar.year() + 1);
		}
		long k = (long) Math.floor(0.5 + (a11 - 2415021.076998695) / SYNODIC_MONTH);
		int offset = lunar.month() - 11;
		if (offset < 0) {
			offset += 12;
		}
		if (b11 - a11 > 365) {
			int leapOffset = leapMonthOffset(a11);
			int leapMonth = leapOffset - 2;
			if (leapMonth <= 0) {
				leapMonth += 12;
			}
			if (lunar.leapMonth() && lunar.month() != leapMonth) {
				return Optional.empty();
			}
			if (lunar.leapMonth() || offset >= leapOffset) {
				offset += 1;
			}
		}
		else if (lunar.leapMonth()) {
			return Optional.empty();
		}
		long monthStart = newMoonDay(k + offset);
		LocalDate date = LocalDate.ofEpochDay(monthStart + lunar.day() - 1 - JULIAN_DAY_OF_EPOCH_DAY_0);
		return toLunar(date).equals(lunar) ? Optional.of(date) : Optional.empty();
	}

	/** Tết Nguyên đán of a (solar) year: the first day of the first lunar month. */
	public static LocalDate tet(int year) {
		return toSolar(new LunarDate(1, 1, year, false)).orElseThrow();
	}

	/** The day (Julian day number) of the k-th new moon since 1 January 1900, at UTC+7. */
	private static long newMoonDay(long k) {
		return (long) Math.floor(newMoon(k) + 0.5 + TIME_ZONE / 24);
	}

	private static double newMoon(long k) {
		double t = k / 1236.85;
		double t2 = t * t;
		double t3 = t2 * t;
		double dr = Math.PI / 180;
		double jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3;
		jd1 += 0.00033 * Math.sin((166.56 + 132.87 * t - 0.009173 * t2) * dr);
		double m = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3;
		double mpr = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3;
		double f = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3;
		double c1 = (0.1734 - 0.000393 * t) * Math.sin(m * dr) + 0.0021 * Math.sin(2 * dr * m);
		c1 = c1 - 0.4068 * Math.sin(mpr * dr) + 0.0161 * Math.sin(dr * 2 * mpr);
		c1 = c1 - 0.0004 * Math.sin(dr * 3 * mpr);
		c1 = c1 + 0.0104 * Math.sin(dr * 2 * f) - 0.0051 * Math.sin(dr * (m + mpr));
		c1 = c1 - 0.0074 * Math.sin(dr * (m - mpr)) + 0.0004 * Math.sin(dr * (2 * f + m));
		c1 = c1 - 0.0004 * Math.sin(dr * (2 * f - m)) - 0.0006 * Math.sin(dr * (2 * f + mpr));
		c1 = c1 + 0.0010 * Math.sin(dr * (2 * f - mpr)) + 0.0005 * Math.sin(dr * (2 * mpr + m));
		double deltaT = t < -11 ? 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
				: -0.000278 + 0.000265 * t + 0.000262 * t2;
		return jd1 + c1 - deltaT;
	}

	/** Which of the twelve 30° sectors the sun's longitude is in at the start of the day (UTC+7). */
	private static int sunLongitudeSector(long dayNumber) {
		double t = (dayNumber - 0.5 - TIME_ZONE / 24 - 2451545.0) / 36525;
		double t2 = t * t;
		double dr = Math.PI / 180;
		double m = 357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2;
		double l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
		double dl = (1.914600 - 0.004817 * t - 0.000014 * t2) * Math.sin(dr * m);
		dl = dl + (0.019993 - 0.000101 * t) * Math.sin(dr * 2 * m) + 0.000290 * Math.sin(dr * 3 * m);
		double l = (l0 + dl) * dr;
		l = l - Math.PI * 2 * Math.floor(l / (Math.PI * 2));
		return (int) Math.floor(l / Math.PI * 6);
	}

	/** The first day of the lunar month holding the winter solstice, before the end of {@code year}. */
	private static long lunarMonth11(int year) {
		long off = LocalDate.of(year, 12, 31).toEpochDay() + JULIAN_DAY_OF_EPOCH_DAY_0 - 2415021;
		long k = (long) Math.floor(off / SYNODIC_MONTH);
		long newMoon = newMoonDay(k);
		if (sunLongitudeSector(newMoon) >= 9) {
			newMoon = newMoonDay(k - 1);
		}
		return newMoon;
	}

	/** Which month after month 11 is the leap one: the first without a major solar term. */
	private static int leapMonthOffset(long a11) {
		long k = (long) Math.floor((a11 - 2415021.076998695) / SYNODIC_MONTH + 0.5);
		int i = 1;
		int arc = sunLongitudeSector(newMoonDay(k + i));
		int last;
		do {
			last = arc;
			i++;
			arc = sunLongitudeSector(newMoonDay(k + i));
		}
		while (arc != last && i < 14);
		return i - 1;
	}
}
