package vn.mattran.planning.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;
import vn.mattran.planning.PlanContent;
import vn.mattran.planning.Task;
import vn.mattran.planning.TaskStatus;
import vn.mattran.shared.security.Scope;
import vn.mattran.shared.web.PageOf;
import vn.mattran.shared.web.PageRequest;

/** Tasks with what their plan says of them (heading, duties), read together with the plan. */
@Repository
class TaskRepository {

	private static final String SELECT = """
			select t.id, t.plan_id, p.title as plan_title, p.symbol as plan_symbol, p.issuer_name,
			       p.unit_path::text as issuer_path, p.year, t.assignment_key, t.title, p.content::text as content,
			       t.assignee_body_id, t.assignee_name, t.assignee_path::text as assignee_path, t.due_on, t.status,
			       t.reported_on, t.version
			from plan_task t join plan_plan p on p.id = t.plan_id
			""";

	private final JdbcClient jdbc;
	private final JsonMapper json;

	TaskRepository(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	record NewTask(long planId, String assignmentKey, long assigneeBodyId, String assigneeName, long assigneeUnitId,
			String assigneePath, String title, LocalDate dueOn) {
	}

	long insert(NewTask task) {
		return jdbc.sql("""
				insert into plan_task (plan_id, assignment_key, assignee_body_id, assignee_name, assignee_unit_id,
				                       assignee_path, title, due_on, status)
				values (:plan, :key, :body, :name, :unit, cast(:path as ltree), :title, :due, 'ASSIGNED')
				returning id
				""")
			.param("plan", task.planId())
			.param("key", task.assignmentKey())
			.param("body", task.assigneeBodyId())
			.param("name", task.assigneeName())
			.param("unit", task.assigneeUnitId())
			.param("path", task.assigneePath())
			.param("title", task.title())
			.param("due", task.dueOn())
			.query(Long.class)
			.single();
	}

	Optional<Task> byId(long id) {
		return jdbc.sql(SELECT + "where t.id = :id").param("id", id).query(tasks()).optional();
	}

	Optional<Task> lock(long id) {
		jdbc.sql("select id from plan_task where id = :id for update").param("id", id).query(Long.class).optional();
		return byId(id);
	}

	List<Task> ofPlan(long planId) {
		return jdbc.sql(SELECT + "where t.plan_id = :plan order by t.id").param("plan", planId).query(tasks()).list();
	}

	/** What to look for among tasks: where the caller is assignee or issuer, a state on a day, words. */
	record Query(String side, String state, LocalDate today, Long planId) {
	}

	PageOf<Task> search(Scope scope, Query query, PageRequest page) {
		Map<String, Object> params = new HashMap<>();
		List<String> conditions = new ArrayList<>();
		if (!scope.everything()) {
			// "Assigned": to a body of the caller's own units; everything visible: to them or below, or given by them.
			String own = "t.assignee_path = any(cast(:scope as ltree[]))";
			String below = "t.assignee_path <@ cast(:scope as ltree[])";
			String issued = "p.unit_path <@ cast(:scope as ltree[])";
			conditions.add(switch (query.side() == null ? "" : query.side()) {
				case "assigned" -> own;
				case "issued" -> issued;
				default -> "(" + below + " or " + issued + ")";
			});
			params.put("scope", scope.sqlArray());
		}
		if (query.planId() != null) {
			conditions.add("t.plan_id = :plan");
			params.put("plan", query.planId());
		}
		if (query.state() != null && !query.state().isBlank()) {
			params.put("today", query.today());
			conditions.add(switch (query.state()) {
				case "OVERDUE" -> "t.status in ('ASSIGNED', 'IN_PROGRESS', 'RETURNED') and t.due_on < :today";
				case "OPEN" -> "t.status in ('ASSIGNED', 'IN_PROGRESS', 'RETURNED')";
				default -> {
					TaskStatus status = TaskStatus.valueOf(query.state());
					params.put("status", status.name());
					yield status.open() ? "t.status = :status and (t.due_on is null or t.due_on >= :today)"
							: "t.status = :status";
				}
			});
		}
		String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
		long total = jdbc.sql("select count(*) from plan_task t join plan_plan p on p.id = t.plan_id" + where)
			.params(params).query(Long.class).single();
		List<Task> rows = jdbc.sql(SELECT + where + " order by t.due_on nulls last, t.id limit :limit offset :offset")
			.params(params)
			.param("limit", page.size())
			.param("offset", page.offset())
			.query(tasks())
			.list();
		return new PageOf<>(rows, page.page(), page.size(), total);
	}

	boolean setStatus(long id, int version, TaskStatus status, LocalDate reportedOn) {
		return jdbc.sql("""
				update plan_task set status = :status, reported_on = coalesce(:reportedOn, reported_on), version = version + 1
				where id = :id and version = :version
				""")
			.param("id", id)
			.param("version", version)
			.param("status", status.name())
			.param("reportedOn", reportedOn)
			.update() == 1;
	}

	/** Open tasks whose deadline falls from {@code from} to {@code to} and that were not reminded yet. */
	List<Task> dueBetweenUnreminded(LocalDate from, LocalDate to) {
		return jdbc.sql(SELECT + """
				where t.status in ('ASSIGNED', 'IN_PROGRESS', 'RETURNED') and t.due_on between :from and :to
				  and t.reminded_on is null order by t.due_on, t.id""")
			.param("from", from)
			.param("to", to)
			.query(tasks())
			.list();
	}

	/** Marks the task reminded on {@code day}; false when someone else did already. */
	boolean claimReminder(long id, LocalDate day) {
		return jdbc.sql("update plan_task set reminded_on = :day where id = :id and reminded_on is null")
			.param("id", id).param("day", day).update() == 1;
	}

	long assigneeUnit(long taskId) {
		return jdbc.sql("select assignee_unit_id from plan_task where id = :id").param("id", taskId).query(Long.class)
			.single();
	}

	/** Reads tasks, each plan's content parsed once per query however many of its tasks there are. */
	private org.springframework.jdbc.core.RowMapper<Task> tasks() {
		Map<Long, PlanContent> contents = new HashMap<>();
		return (rs, n) -> task(rs, contents);
	}

	private Task task(ResultSet rs, Map<Long, PlanContent> contents) throws SQLException {
		long planId = rs.getLong("plan_id");
		PlanContent content = contents.get(planId);
		if (content == null) {
			content = json.readValue(rs.getString("content"), PlanContent.class);
			contents.put(planId, content);
		}
		String key = rs.getString("assignment_key");
		int year = rs.getInt("year");
		List<String> duties = content.assignments().stream().filter(a -> a.key().equals(key)).findFirst()
			.map(PlanContent.Assignment::duties).orElse(List.of()).stream()
			.map(duty -> PlanWriter.fill(duty, year)).toList();
		return new Task(rs.getLong("id"), rs.getLong("plan_id"), rs.getString("plan_title"), rs.getString("plan_symbol"),
				rs.getString("issuer_name"), rs.getString("issuer_path"), key, rs.getString("title"), duties,
				rs.getLong("assignee_body_id"), rs.getString("assignee_name"), rs.getString("assignee_path"),
				rs.getObject("due_on", LocalDate.class), TaskStatus.valueOf(rs.getString("status")),
				rs.getObject("reported_on", LocalDate.class), rs.getInt("version"));
	}
}
