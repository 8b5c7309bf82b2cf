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
import vn.mattran.planning.Plan;
import vn.mattran.planning.PlanContent;
import vn.mattran.planning.PlanKind;
import vn.mattran.planning.PlanStatus;
import vn.mattran.planning.PlanSummary;
import vn.mattran.shared.security.Scope;
import vn.mattran.shared.text.VietnameseText;
import vn.mattran.shared.web.PageOf;
import vn.mattran.shared.web.PageRequest;

/** Plans, programmes and dispatches as rows, their content as JSON. */
@Repository
class PlanRepository {

	private static final String SELECT = """
			select id, kind, issuer_body_id, drafting_body_id, issuer_name, unit_id, unit_path::text as unit_path, title,
			       status, year, starts_on, ends_on, report_due_on, parent_plan_id, campaign_id, content::text as content,
			       document_id, symbol, issued_on, created_by, version
			from plan_plan
			""";

	private final JdbcClient jdbc;
	private final JsonMapper json;

	PlanRepository(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/** The fields a draft is written with. */
	record Row(PlanKind kind, long issuerBodyId, Long draftingBodyId, String issuerName, long unitId, String unitPath,
			String title, int year, LocalDate startsOn, LocalDate endsOn, LocalDate reportDueOn, Long parentPlanId,
			Long campaignId, PlanContent content) {
	}

	Optional<Plan> byId(long id) {
		return jdbc.sql(SELECT + "where id = :id").param("id", id).query(this::plan).optional();
	}

	/** For a change: the row locked until the transaction ends. */
	Optional<Plan> lock(long id) {
		return jdbc.sql(SELECT + "where id = :id for update").param("id", id).query(this::plan).optional();
	}

	long insert(Row row, String by) {
		return jdbc.sql("""
				insert into plan_plan (kind, issuer_body_id, drafting_body_id, issuer_name, unit_id, unit_path, title,
				                       title_folded, status, year, starts_on, ends_on, report_due_on, parent_plan_id,
				                       campaign_id, content, created_by)
				values (:kind, :issuer, :drafting, :issuerName, :unitId, cast(:path as ltree), :title, :folded, 'DRAFT',
				        :year, :startsOn, :endsOn, :dueOn, :parent, :campaign, cast(:content as jsonb), :by)
				returning id
				""")
			.params(params(row))
			.param("by", by)
			.query(Long.class)
			.single();
	}

	boolean update(long id, int version, Row row) {
		return jdbc.sql("""
				update plan_plan set kind = :kind, issuer_body_id = :issuer, drafting_body_id = :drafting,
				       issuer_name = :issuerName, unit_id = :unitId, unit_path = cast(:path as ltree), title = :title,
				       title_folded = :folded, year = :year, starts_on = :startsOn, ends_on = :endsOn,
				       report_due_on = :dueOn, parent_plan_id = :parent, campaign_id = :campaign,
				       content = cast(:content as jsonb), version = version + 1
				where id = :id and version = :version and status = 'DRAFT'
				""")
			.params(params(row))
			.param("id", id)
			.param("version", version)
			.update() == 1;
	}

	/** Moves the plan from {@code from} to {@code status}; false when it was no longer {@code from}. */
	boolean setStatus(long id, PlanStatus from, PlanStatus status, String by) {
		String who = switch (status) {
			case SUBMITTED -> ", submitted_by = :by, submitted_at = now()";
			case APPROVED -> ", approved_by = :by, approved_at = now()";
			default -> "";
		};
		return jdbc.sql("update plan_plan set status = :status, version = version + 1" + who
				+ " where id = :id and status = :from")
			.param("id", id)
			.param("from", from.name())
			.param("status", status.name())
			.param("by", by)
			.update() == 1;
	}

	void markIssued(long id, long documentId, String symbol, LocalDate issuedOn) {
		// The row is locked by the caller and was APPROVED; the check constraint ties ISSUED to a document.
		jdbc.sql("""
				update plan_plan set status = 'ISSUED', document_id = :document, symbol = :symbol, issued_on = :issuedOn,
				       title_folded = title_folded || ' ' || :symbolFolded, version = version + 1
				where id = :id
				""")
			.param("id", id)
			.param("document", documentId)
			.param("symbol", symbol)
			.param("symbolFolded", VietnameseText.fold(symbol == null ? "" : symbol))
			.param("issuedOn", issuedOn)
			.update();
	}

	/** What to look for in the list: words of the title or symbol, and optionally kind, status and year. */
	record Query(String text, PlanKind kind, PlanStatus status, Integer year, String sort) {
	}

	PageOf<PlanSummary> search(Scope scope, Query query, PageRequest page) {
		Map<String, Object> params = new HashMap<>();
		List<String> conditions = new ArrayList<>();
		if (!scope.everything()) {
			// A plan is seen by its issuer's scope and by those it gives tasks to.
			conditions.add("""
					(p.unit_path <@ cast(:scope as ltree[])
					 or exists (select 1 from plan_task t where t.plan_id = p.id and t.assignee_path <@ cast(:scope as ltree[])))""");
			params.put("scope", scope.sqlArray());
		}
		for (String word : VietnameseText.fold(query.text() == null ? "" : query.text()).split(" ")) {
			if (!word.isEmpty()) {
				String name = "w" + params.size();
				conditions.add("p.title_folded like :" + name);
				params.put(name, "%" + word + "%");
			}
		}
		if (query.kind() != null) {
			conditions.add("p.kind = :kind");
			params.put("kind", query.kind().name());
		}
		if (query.status() != null) {
			conditions.add("p.status = :status");
			params.put("status", query.status().name());
		}
		if (query.year() != null) {
			conditions.add("p.year = :year");
			params.put("year", query.year());
		}
		String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
		String order = switch (query.sort() == null ? "" : query.sort()) {
			case "title" -> "p.title_folded, p.id";
			case "due" -> "p.report_due_on nulls last, p.id";
			case "oldest" -> "p.year, coalesce(p.issued_on, p.created_at::date), p.id";
			default -> "p.year desc, coalesce(p.issued_on, p.created_at::date) desc, p.id desc";
		};
		long total = jdbc.sql("select count(*) from plan_plan p" + where).params(params).query(Long.class).single();
		List<PlanSummary> rows = jdbc.sql("""
				select p.id, p.kind, p.symbol, p.title, p.issuer_name, p.status, p.year, p.issued_on, p.report_due_on,
				       p.document_id, p.parent_plan_id
				from plan_plan p""" + where + " order by " + order + " limit :limit offset :offset")
			.params(params)
			.param("limit", page.size())
			.param("offset", page.offset())
			.query(PlanRepository::summary)
			.list();
		return new PageOf<>(rows, page.page(), page.size(), total);
	}

	/** The plans that implement {@code parentId}, each made by a body below or beside the issuer. */
	List<Plan> implementing(long parentId) {
		return jdbc.sql(SELECT + "where parent_plan_id = :parent order by id").param("parent", parentId)
			.query(this::plan).list();
	}

	static PlanSummary summary(ResultSet rs, int n) throws SQLException {
		return new PlanSummary(rs.getLong("id"), PlanKind.valueOf(rs.getString("kind")), rs.getString("symbol"),
				rs.getString("title"), rs.getString("issuer_name"), PlanStatus.valueOf(rs.getString("status")),
				rs.getInt("year"), rs.getObject("issued_on", LocalDate.class),
				rs.getObject("report_due_on", LocalDate.class), (Long) rs.getObject("document_id"),
				(Long) rs.getObject("parent_plan_id"));
	}

	private Map<String, Object> params(Row row) {
		Map<String, Object> params = new HashMap<>();
		params.put("kind", row.kind().name());
		params.put("issuer", row.issuerBodyId());
		params.put("drafting", row.draftingBodyId());
		params.put("issuerName", row.issuerName());
		params.put("unitId", row.unitId());
		params.put("path", row.unitPath());
		params.put("title", row.title());
		params.put("folded", VietnameseText.fold(row.title() + " " + row.issuerName()));
		params.put("year", row.year());
		params.put("startsOn", row.startsOn());
		params.put("endsOn", row.endsOn());
		params.put("dueOn", row.reportDueOn());
		params.put("parent", row.parentPlanId());
		params.put("campaign", row.campaignId());
		params.put("content", json.writeValueAsString(row.content()));
		return params;
	}

	private Plan plan(ResultSet rs, int n) throws SQLException {
		return new Plan(rs.getLong("id"), PlanKind.valueOf(rs.getString("kind")), rs.getLong("issuer_body_id"),
				(Long) rs.getObject("drafting_body_id"), rs.getString("issuer_name"), rs.getLong("unit_id"),
				rs.getString("unit_path"), rs.getString("title"), PlanStatus.valueOf(rs.getString("status")),
				rs.getInt("year"), rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class),
				rs.getObject("report_due_on", LocalDate.class), (Long) rs.getObject("parent_plan_id"),
				(Long) rs.getObject("campaign_id"), json.readValue(rs.getString("content"), PlanContent.class),
				(Long) rs.getObject("document_id"), rs.getString("symbol"), rs.getObject("issued_on", LocalDate.class),
				rs.getString("created_by"), rs.getInt("version"));
	}
}
