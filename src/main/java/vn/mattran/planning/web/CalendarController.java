package vn.mattran.planning.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.mattran.planning.CalendarEvent;
import vn.mattran.planning.internal.CalendarFeeds;
import vn.mattran.planning.internal.PlanCalendar;
import vn.mattran.planning.internal.Tasks;
import vn.mattran.shared.calendar.LunarCalendar;

/** The calendar by month, quarter or year with lunar dates, and the personal iCalendar feed. */
@Controller
class CalendarController {

	private final PlanCalendar calendar;
	private final CalendarFeeds feeds;
	private final Tasks tasks;

	CalendarController(PlanCalendar calendar, CalendarFeeds feeds, Tasks tasks) {
		this.calendar = calendar;
		this.feeds = feeds;
		this.tasks = tasks;
	}

	@GetMapping("/calendar")
	String show(@RequestParam(required = false) String view,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date, Model model) {
		LocalDate today = tasks.today();
		LocalDate anchor = date == null ? today : date;
		String shown = view == null || !List.of("month", "quarter", "year").contains(view) ? "month" : view;
		YearMonth first = switch (shown) {
			case "year" -> YearMonth.of(anchor.getYear(), 1);
			case "quarter" -> YearMonth.of(anchor.getYear(), (anchor.getMonthValue() - 1) / 3 * 3 + 1);
			default -> YearMonth.from(anchor);
		};
		int count = switch (shown) {
			case "year" -> 12;
			case "quarter" -> 3;
			default -> 1;
		};
		YearMonth last = first.plusMonths(count - 1);
		List<CalendarEvent> events = calendar.between(first.atDay(1).with(java.time.DayOfWeek.MONDAY),
				last.atEndOfMonth().plusDays(6));
		List<CalendarMonth> months = new ArrayList<>();
		for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
			months.add(CalendarMonth.of(month, events, today));
		}
		model.addAttribute("view", shown);
		model.addAttribute("anchor", anchor);
		model.addAttribute("months", months);
		model.addAttribute("previous", first.minusMonths(count).atDay(1));
		model.addAttribute("next", first.plusMonths(count).atDay(1));
		model.addAttribute("today", today);
		model.addAttribute("todayLunar", LunarCalendar.toLunar(today));
		model.addAttribute("feedExists", feeds.exists());
		return "calendar/index";
	}

	@PostMapping("/calendar/feed")
	String renewFeed(RedirectAttributes redirect) {
		redirect.addFlashAttribute("feedUrl", feeds.renew());
		redirect.addFlashAttribute("success", "calendar.feedCreated");
		return "redirect:/calendar";
	}

	@PostMapping("/calendar/feed/end")
	String endFeed(RedirectAttributes redirect) {
		feeds.end();
		redirect.addFlashAttribute("success", "calendar.feedEnded");
		return "redirect:/calendar";
	}

	/** The feed a calendar program subscribes to; the secret in the address is the only key. */
	@GetMapping("/public/calendar/{token}.ics")
	ResponseEntity<String> feed(@PathVariable String token) {
		return feeds.feed(token)
			.map(ical -> ResponseEntity.ok().contentType(MediaType.parseMediaType("text/calendar;charset=UTF-8"))
				.header("Cache-Control", "private, max-age=900").body(ical))
			.orElseGet(() -> ResponseEntity.status(404).contentType(MediaType.TEXT_PLAIN)
				.body("Không có lịch ở địa chỉ này (đã đổi hoặc đã tắt). / No calendar at this address."));
	}
}
