package vn.mattran.shared.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;
import vn.mattran.shared.format.Formats;
import vn.mattran.shared.security.CurrentUser;
import vn.mattran.shared.security.MattranUser;
import vn.mattran.shared.security.Scope;
import vn.mattran.shared.security.SystemUser;
import vn.mattran.shared.web.PageOf;
import vn.mattran.shared.web.PageRequest;

/**
 * The append-only record of who changed what. {@link #record} joins the caller's transaction, so a
 * change and its audit row are stored together or not at all.
 */
@Service
public class AuditLog {

	private final JdbcClient jdbc;
	private final JsonMapper json;

	AuditLog(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void record(AuditEvent event) {
		Long actorId = CurrentUser.get().filter(user -> !SystemUser.is(user)).map(MattranUser::id).orElse(null);
		jdbc.sql("""
				insert into shared_audit_log (actor_id, actor_name, action, entity_type, entity_id, unit_path, summary, before, after)
				values (:actorId, :actorName, :action, :entityType, :entityId, cast(:unitPath as ltree), :summary,
				        cast(:before as jsonb), cast(:after as jsonb))
				""")
			.param("actorId", actorId)
			.param("actorName", CurrentUser.actorName())
			.param("action", event.action().name())
			.param("entityType", event.entityType())
			.param("entityId", event.entityId())
			.param("unitPath", event.unitPath())
			.param("summary", event.summary())
			.param("before", toJson(event.before()))
			.param("after", toJson(event.after()))
			.update();
	}

	/** Many rows of one actor in one statement, as {@link #record} writes each (a list imported, say). */
	@Transactional(propagation = Propagation.MANDATORY)
	public void recordAll(List<AuditEvent> events) {
		if (events.isEmpty()) {
			return;
		}
		Long actorId = CurrentUser.get().filter(user -> !SystemUser.is(user)).map(MattranUser::id).orElse(null);
		jdbc.sql("""
				insert into shared_audit_log (actor_id, actor_name, action, entity_type, entity_id, unit_path, summary, before, after)
				select :actorId, :actorName, action, type, id, cast(path as ltree), summary, cast(before as jsonb),
				       cast(after as jsonb)
				from unnest(:actions, :types, :ids, :paths, :summaries, :befores, :afters)
				     as e(action, type, id, path, summary, before, after)
				""")
			.param("actorId", actorId)
			.param("actorName", CurrentUser.actorName())
			.param("actions", events.stream().map(e -> e.action().name()).toArray(String[]::new))
			.param("types", events.stream().map(AuditEvent::entityType).toArray(String[]::new))
			.param("ids", events.stream().map(AuditEvent::entityId).toArray(String[]::new))
			.param("paths", events.stream().map(AuditEvent::unitPath).toArray(String[]::new))
			.param("summaries", events.stream().map(AuditEvent::summary).toArray(String[]::new))
			.param("befores", events.stream().map(e -> toJson(e.before())).toArray(String[]::new))
			.param("afters", events.stream().map(e -> toJson(e.after())).toArray(String[]::new))
			.update();
	}

	private String toJson(Object value) {
		return value == null ? null : json.writeValueAsString(value);
	}

	/** Newest first, limited to rows of units in {@code scope} (a system-wide row only for the whole scope). */
	@Transactional(readOnly = true)
	public PageOf<AuditRecord> search(AuditFilter filter, Scope scope, PageRequest page) {
		Map<String, Object> params = new HashMap<>();
		String where = where(filter, scope, params);
		long total = jdbc.sql("select count(*) from shared_audit_log a where " + where).params(params)
			.query(Long.class).single();
		List<AuditRecord> rows = jdbc.sql("""
				select id, at, actor_name, action, entity_type, entity_id, unit_path::text as unit_path, summary,
				       before::text as before, after::text as after
				from shared_audit_log a where %s order by at desc, id desc limit :limit offset :offset
				""".formatted(where))
			.params(params)
			.param("limit", page.size())
			.param("offset", page.offset())
			.query(AuditLog::row)
			.list();
		return new PageOf<>(rows, page.page(), page.size(), total);
	}

	/** The entity types that occur, for the filter's choices. */
	@Transactional(readOnly = true)
	public List<String> entityTypes() {
		return jdbc.sql("select distinct entity_type from shared_audit_log order by 1").query(String.class).list();
	}

	private static String where(AuditFilter filter, Scope scope, Map<String, Object> params) {
		List<String> conditions = new ArrayList<>();
		conditions.add("true");
		if (!scope.everything()) {
			conditions.add("a.unit_path <@ cast(:scope as ltree[])");
			params.put("scope", scope.sqlArray());
		}
		if (filter.unitPaths() != null) {
			conditions.add("a.unit_path <@ cast(:unitPaths as ltree[])");
			params.put("unitPaths", "{" + String.join(",", filter.unitPaths()) + "}");
		}
		if (filter.actorName() != null) {
			conditions.add("a.actor_name = :actor");
			params.put("actor", filter.actorName());
		}
		if (filter.entityType() != null) {
			conditions.add("a.entity_type = :entityType");
			params.put("entityType", filter.entityType());
		}
		if (filter.action() != null) {
			conditions.add("a.action = :action");
			params.put("action", filter.action().name());
		}
		addDay(conditions, params, "a.at >= :from", "from", filter.from());
		addDay(conditions, params, "a.at < :to", "to", filter.to() == null ? null : filter.to().plusDays(1));
		return String.join(" and ", conditions);
	}

	private static void addDay(List<String> conditions, Map<String, Object> params, String condition, String name,
			LocalDate day) {
		if (day != null) {
			conditions.add(condition);
			params.put(name, day.atStartOfDay(Formats.VIETNAM).toOffsetDateTime());
		}
	}

	private static AuditRecord row(ResultSet rs, int rowNum) throws SQLException {
		return new AuditRecord(rs.getLong("id"), rs.getObject("at", OffsetDateTime.class), rs.getString("actor_name"),
				AuditAction.valueOf(rs.getString("action")), rs.getString("entity_type"), rs.getString("entity_id"),
				rs.getString("unit_path"), rs.getString("summary"), rs.getString("before"), rs.getString("after"));
	}
}
