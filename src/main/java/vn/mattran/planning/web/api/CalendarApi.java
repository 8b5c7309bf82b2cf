package vn.mattran.planning.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.mattran.shared.calendar.LunarCalendar;
import vn.mattran.shared.calendar.LunarDate;
import vn.mattran.shared.error.InvalidInput;

/** Solar and lunar dates converted with the Vietnamese calendar (UTC+7). */
@RestController
@Tag(name = "Lịch âm / Lunar calendar")
class CalendarApi {

	record LunarJson(int day, int month, int year, boolean leapMonth) {
	}

	record SolarJson(LocalDate date) {
	}

	@GetMapping("/api/v1/calendar/lunar")
	@Operation(summary = "Ngày âm lịch của một ngày dương lịch / Lunar date of a solar date")
	LunarJson lunar(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
		requireSupported(date.getYear());
		LunarDate lunar = LunarCalendar.toLunar(date);
		return new LunarJson(lunar.day(), lunar.month(), lunar.year(), lunar.leapMonth());
	}

	@GetMapping("/api/v1/calendar/solar")
	@Operation(summary = "Ngày dương lịch của một ngày âm lịch / Solar date of a lunar date")
	SolarJson solar(@RequestParam int day, @RequestParam int month, @RequestParam int year,
			@RequestParam(defaultValue = "false") boolean leapMonth) {
		requireSupported(year);
		if (day < 1 || day > 30 || month < 1 || month > 12) {
			throw new InvalidInput("day", "calendar.error.noSuchLunarDate", day, month, year);
		}
		return LunarCalendar.toSolar(new LunarDate(day, month, year, leapMonth)).map(SolarJson::new)
			.orElseThrow(() -> leapMonth
					? new InvalidInput("leapMonth", "calendar.error.noSuchLeapLunarDate", day, month, year)
					: new InvalidInput("day", "calendar.error.noSuchLunarDate", day, month, year));
	}

	private static void requireSupported(int year) {
		if (year < 1900 || year > 2100) {
			throw new InvalidInput("year", "calendar.error.yearRange", year);
		}
	}
}
