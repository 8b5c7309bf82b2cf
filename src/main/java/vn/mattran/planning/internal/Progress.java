package vn.mattran.planning.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.mattran.organization.Organization;
import vn.mattran.organization.Unit;
import vn.mattran.planning.Plan;
import vn.mattran.planning.PlanContent.Figure;
import vn.mattran.planning.Task;
import vn.mattran.planning.TaskState;
import vn.mattran.shared.error.UserFacingException;
import vn.mattran.shared.security.CurrentUser;

/**
 * How a plan is going, for its issuer: per assignee whether the report came, in time or late, or is
 * missing; the totals; and the figures of the reports added up over the administrative hierarchy,
 * each unit's line the sum of the bodies and units below it.
 */
@Service
public class Progress {

	private static final TypeReference<LinkedHashMap<String, Long>> FIGURES = new TypeReference<>() {
	};

	private final Plans plans;
	private final TaskRepository tasks;
	private final Organization organization;
	private final JdbcClient jdbc;
	private final JsonMapper json;

	Progress(Plans plans, TaskRepository tasks, Organization organization, JdbcClient jdbc, JsonMapper json) {
		this.plans = plans;
		this.tasks = tasks;
		this.organization = organization;
		this.jdbc = jdbc;
		this.json = json;
	}

	/** One assignee's line: its task, the day of the report that stands (if any), and how that stands. */
	public record Line(Task task, TaskState state, LocalDate reportedOn, Timeliness timeliness) {
	}

	/** Whether a report came: in time (on or before the deadline), late, not yet (deadline ahead), or missing. */
	public enum Timeliness {
		ON_TIME, LATE, PENDING, MISSING
	}

	/** Expected reports, and how many came, in time or late, and how many are missing past their deadline. */
	public record Totals(int expected, int reported, int onTime, int late, int pending, int missing) {

		public int percentReported() {
			return expected == 0 ? 0 : Math.round(100f * reported / expected);
		}
	}

	/** A line of the figures table: a unit (with the sum below it) or a body's report, indented by depth. */
	public record FigureRow(String name, int depth, boolean unit, Map<String, Long> values) {
	}

	public record PlanProgress(Plan plan, List<Line> lines, Totals totals, List<Figure> figures, List<FigureRow> rows,
			Map<String, Long> total) {
	}

	@Transactional(readOnly = true)
	public PlanProgress of(long planId, LocalDate today) {
		Plan plan = plans.get(planId);
		if (!plans.ours(plan)) {
			throw UserFacingException.forbidden("error.outOfScope", plan.title());
		}
		// The report that stands: the latest, while the task is reported or accepted (a returned one is owed again).
		Map<Long, LocalDate> standing = new LinkedHashMap<>();
		Map<Long, Map<String, Long>> latestFigures = new LinkedHashMap<>();
		jdbc.sql("""
				select distinct on (r.task_id) r.task_id, r.submitted_on, r.figures::text as figures
				from plan_report r join plan_task t on t.id = r.task_id
				where t.plan_id = :plan and t.status in ('REPORTED', 'ACCEPTED')
				order by r.task_id, r.submitted_at desc, r.id desc
				""")
			.param("plan", planId)
			.query((rs, n) -> {
				standing.put(rs.getLong("task_id"), rs.getObject("submitted_on", LocalDate.class));
				latestFigures.put(rs.getLong("task_id"), json.readValue(rs.getString("figures"), FIGURES));
				return null;
			})
			.list();
		List<Line> lines = new ArrayList<>();
		int reported = 0, onTime = 0, late = 0, pending = 0, missing = 0;
		List<Task> all = tasks.ofPlan(planId);
		for (Task task : all) {
			LocalDate on = standing.get(task.id());
			Timeliness timeliness;
			if (on != null) {
				reported++;
				timeliness = task.dueOn() == null || !on.isAfter(task.dueOn()) ? Timeliness.ON_TIME : Timeliness.LATE;
			}
			else {
				timeliness = task.dueOn() != null && today.isAfter(task.dueOn()) ? Timeliness.MISSING : Timeliness.PENDING;
			}
			switch (timeliness) {
				case ON_TIME -> onTime++;
				case LATE -> late++;
				case PENDING -> pending++;
				case MISSING -> missing++;
			}
			lines.add(new Line(task, task.state(today), on, timeliness));
		}
		List<Figure> figures = plan.content().figures();
		List<FigureRow> rows = rollUp(plan, all, latestFigures, figures);
		Map<String, Long> total = rows.isEmpty() ? zero(figures) : rows.get(0).values();
		return new PlanProgress(plan, lines, new Totals(all.size(), reported, onTime, late, pending, missing), figures,
				rows, total);
	}

	/**
	 * The figures by unit: the issuer's unit first with the sum of everything, then each unit below it
	 * that holds reports (its line the sum of its subtree), and under each unit the bodies that reported.
	 */
	static List<FigureRow> rollUp(Plan plan, List<Task> tasks, Map<Long, Map<String, Long>> reported,
			List<Figure> figures, java.util.function.Function<String, String> unitName) {
		TreeMap<String, Map<String, Long>> sums = new TreeMap<>(Progress::byPath);
		Map<String, List<FigureRow>> bodies = new LinkedHashMap<>();
		String root = plan.unitPath();
		sums.put(root, zero(figures));
		for (Task task : tasks) {
			Map<String, Long> values = reported.get(task.id());
			if (values == null || !task.assigneePath().equals(root) && !task.assigneePath().startsWith(root + ".")) {
				continue;
			}
			String path = task.assigneePath();
			while (true) {
				add(sums.computeIfAbsent(path, p -> zero(figures)), values, figures);
				if (path.equals(root)) {
					break;
				}
				path = path.substring(0, path.lastIndexOf('.'));
			}
			bodies.computeIfAbsent(task.assigneePath(), p -> new ArrayList<>())
				.add(new FigureRow(task.assigneeName(), depth(task.assigneePath(), root) + 1, false, values));
		}
		List<FigureRow> rows = new ArrayList<>();
		sums.forEach((path, values) -> {
			rows.add(new FigureRow(unitName.apply(path), depth(path, root), true, values));
			rows.addAll(bodies.getOrDefault(path, List.of()));
		});
		return rows;
	}

	private List<FigureRow> rollUp(Plan plan, List<Task> all, Map<Long, Map<String, Long>> reported,
			List<Figure> figures) {
		Map<String, String> names = new LinkedHashMap<>();
		return rollUp(plan, all, reported, figures, path -> names.computeIfAbsent(path, p -> {
			long id = Long.parseLong(p.substring(p.lastIndexOf('.') + 1));
			try {
				Unit unit = organization.unit(id);
				return unit.name();
			}
			catch (UserFacingException e) {
				return "#" + id;
			}
		}));
	}

	private static int depth(String path, String root) {
		return path.split("\\.").length - root.split("\\.").length;
	}

	/** Paths in tree order: a parent before its children, siblings by their ids. */
	private static int byPath(String a, String b) {
		String[] x = a.split("\\.");
		String[] y = b.split("\\.");
		for (int i = 0; i < Math.min(x.length, y.length); i++) {
			int c = Long.compare(Long.parseLong(x[i]), Long.parseLong(y[i]));
			if (c != 0) {
				return c;
			}
		}
		return Integer.compare(x.length, y.length);
	}

	private static void add(Map<String, Long> sum, Map<String, Long> values, List<Figure> figures) {
		for (Figure figure : figures) {
			sum.merge(figure.code(), values.getOrDefault(figure.code(), 0L), Math::addExact);
		}
	}

	private static Map<String, Long> zero(List<Figure> figures) {
		Map<String, Long> zero = new LinkedHashMap<>();
		figures.forEach(f -> zero.put(f.code(), 0L));
		return zero;
	}
}
