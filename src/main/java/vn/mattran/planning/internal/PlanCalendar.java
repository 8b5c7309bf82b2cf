package vn.mattran.planning.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;
import vn.mattran.planning.CalendarEvent;
import vn.mattran.planning.CalendarEvent.Kind;
import vn.mattran.planning.LunarFestivals;
import vn.mattran.planning.NationalDays;
import vn.mattran.planning.PlanContent;
import vn.mattran.planning.PlanContent.ProgrammeItem;
import vn.mattran.shared.security.CurrentUser;
import vn.mattran.shared.security.Scope;

/**
 * The calendar of what the caller's bodies do: the items of issued or approved work programmes
 * (lunar days converted), the deadlines of the tasks they carry out or give, national days with
 * their anniversary, and the lunar festivals.
 */
@Service
public class PlanCalendar {

	private final JdbcClient jdbc;
	private final JsonMapper json;

	PlanCalendar(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/** Everything from {@code from} to {@code to} inclusive, by day; items of a whole month under its first day. */
	@Transactional(readOnly = true)
	public List<CalendarEvent> between(LocalDate from, LocalDate to) {
		Scope scope = CurrentUser.scope();
		List<CalendarEvent> events = new ArrayList<>();
		programmeItems(scope, from, to, events);
		deadlines(scope, from, to, events);
		for (int year = from.getYear(); year <= to.getYear(); year++) {
			for (NationalDays national : NationalDays.values()) {
				LocalDate day = national.in(year);
				if (!day.isBefore(from) && !day.isAfter(to)) {
					events.add(new CalendarEvent(Kind.NATIONAL_DAY, day, YearMonth.from(day),
							capitalized(national.vietnameseName()), "Kỷ niệm " + national.years(year) + " năm ("
									+ national.span(year) + ")", null));
				}
			}
			for (int lunarYear : new int[] { year - 1, year }) {
				for (LunarFestivals festival : LunarFestivals.values()) {
					festival.in(lunarYear).filter(day -> !day.isBefore(from) && !day.isAfter(to))
						.ifPresent(day -> events.add(new CalendarEvent(Kind.FESTIVAL, day, YearMonth.from(day),
								festival.vietnameseName(), null, null)));
				}
			}
		}
		events.sort(Comparator.comparing((CalendarEvent e) -> e.day() != null ? e.day() : e.month().atDay(1))
			.thenComparing(e -> e.day() == null ? 0 : 1)
			.thenComparing(CalendarEvent::kind));
		return events.stream().distinct().toList();
	}

	private void programmeItems(Scope scope, LocalDate from, LocalDate to, List<CalendarEvent> events) {
		jdbc.sql("select id, year, issuer_name, content::text as content from plan_plan where kind = 'PROGRAMME'"
				+ " and status in ('APPROVED', 'ISSUED') and year between :from and :to"
				+ (scope.everything() ? "" : " and unit_path <@ cast(:scope as ltree[])"))
			.param("from", from.getYear())
			.param("to", to.getYear())
			.params(scope.everything() ? java.util.Map.of() : java.util.Map.of("scope", scope.sqlArray()))
			.query((rs, n) -> {
				long id = rs.getLong("id");
				int year = rs.getInt("year");
				String issuer = rs.getString("issuer_name");
				PlanContent content = json.readValue(rs.getString("content"), PlanContent.class);
				for (ProgrammeItem item : content.items()) {
					String text = PlanWriter.fill(item.text(), year);
					List<LocalDate> days = PlanWriter.daysOf(item, year);
					if (!days.isEmpty()) {
						days.stream().filter(day -> !day.isBefore(from) && !day.isAfter(to))
							.forEach(day -> events.add(new CalendarEvent(Kind.ITEM, day, YearMonth.from(day), text, issuer,
									"/plans/" + id)));
						continue;
					}
					for (int month = 1; month <= 12; month++) {
						if (!item.everyMonth() && item.month() != month) {
							continue;
						}
						YearMonth ym = YearMonth.of(year, month);
						if (!ym.atEndOfMonth().isBefore(from) && !ym.atDay(1).isAfter(to)) {
							events.add(new CalendarEvent(Kind.ITEM, null, ym, text, issuer, "/plans/" + id));
						}
					}
				}
				return id;
			})
			.list();
	}

	/** Report deadlines: one line per plan and day, naming the task when there is one, the count when many. */
	private void deadlines(Scope scope, LocalDate from, LocalDate to, List<CalendarEvent> events) {
		jdbc.sql("""
				select t.plan_id, t.due_on, p.symbol, p.title as plan_title, count(*) as tasks, min(t.id) as task_id,
				       min(t.title) as title, min(t.assignee_name) as assignee
				from plan_task t join plan_plan p on p.id = t.plan_id
				where t.due_on between :from and :to and t.status in ('ASSIGNED', 'IN_PROGRESS', 'RETURNED')""" + (scope.everything() ? ""
				: " and (t.assignee_path <@ cast(:scope as ltree[]) or p.unit_path <@ cast(:scope as ltree[]))")
				+ " group by t.plan_id, t.due_on, p.symbol, p.title")
			.param("from", from)
			.param("to", to)
			.params(scope.everything() ? java.util.Map.of() : java.util.Map.of("scope", scope.sqlArray()))
			.query((rs, n) -> {
				LocalDate due = rs.getObject("due_on", LocalDate.class);
				String symbol = rs.getString("symbol") == null ? rs.getString("plan_title") : rs.getString("symbol");
				int count = rs.getInt("tasks");
				return events.add(count == 1
						? new CalendarEvent(Kind.DEADLINE, due, YearMonth.from(due), "Hạn báo cáo: " + rs.getString("title"),
								rs.getString("assignee") + " – " + symbol, "/tasks/" + rs.getLong("task_id"))
						: new CalendarEvent(Kind.DEADLINE, due, YearMonth.from(due), "Hạn báo cáo " + symbol + " (" + count
								+ " nơi)", rs.getString("plan_title"), "/plans/" + rs.getLong("plan_id")));
			})
			.list();
	}

	private static String capitalized(String text) {
		return Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}
}
