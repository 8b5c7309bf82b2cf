package vn.mattran.planning.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.mattran.organization.Body;
import vn.mattran.organization.Organization;
import vn.mattran.organization.Unit;
import vn.mattran.planning.Campaign;
import vn.mattran.planning.Emulation;
import vn.mattran.planning.ModelSite;
import vn.mattran.planning.ModelSite.SiteProgress;
import vn.mattran.shared.audit.AuditEvent;
import vn.mattran.shared.audit.AuditLog;
import vn.mattran.shared.error.InvalidInput;
import vn.mattran.shared.error.UserFacingException;
import vn.mattran.shared.format.Formats;
import vn.mattran.shared.security.CurrentUser;
import vn.mattran.shared.security.Role;
import vn.mattran.shared.security.Scope;
import vn.mattran.shared.text.VietnameseText;

/**
 * Campaigns and emulation movements, the model sites that carry them out, and the commitments
 * and year-end evaluations of emulation. A campaign of a unit is seen below it, where it is carried out.
 */
@Service
public class Campaigns {

	private static final String SITE = """
			select id, plan_id, campaign_id, kind, label, place_unit_id, place_name, place_path::text as place_path,
			       responsible_body_id, responsible_name, starts_on, ends_on, budget
			from plan_model_site
			""";

	private final JdbcClient jdbc;
	private final Organization organization;
	private final AuditLog audit;
	private final Clock clock;
	private final Plans plans;

	Campaigns(JdbcClient jdbc, Organization organization, AuditLog audit, Clock clock, Plans plans) {
		this.jdbc = jdbc;
		this.organization = organization;
		this.audit = audit;
		this.clock = clock;
		this.plans = plans;
	}

	/** The campaigns of the caller's units, of those below them, and of those above (which they carry out). */
	@Transactional(readOnly = true)
	public List<Campaign> visible() {
		Scope scope = CurrentUser.scope();
		return jdbc.sql("select id, unit_id, unit_path::text as unit_path, kind, name, started_on, ended_on, description"
				+ " from plan_campaign" + (scope.everything() ? ""
						: " where unit_path <@ cast(:scope as ltree[]) or unit_path @> cast(:scope as ltree[])")
				+ " order by started_on desc nulls last, id desc")
			.params(scope.everything() ? Map.of() : Map.of("scope", scope.sqlArray()))
			.query(Campaigns::campaign)
			.list();
	}

	@Transactional(readOnly = true)
	public Campaign get(long id) {
		Campaign campaign = jdbc.sql("select id, unit_id, unit_path::text as unit_path, kind, name, started_on, ended_on,"
				+ " description from plan_campaign where id = :id")
			.param("id", id)
			.query(Campaigns::campaign)
			.optional()
			.orElseThrow(() -> UserFacingException.notFound("campaign.error.noSuchId", String.valueOf(id)));
		if (!seen(campaign.unitPath())) {
			throw UserFacingException.forbidden("error.outOfScope", campaign.name());
		}
		return campaign;
	}

	@Transactional
	public Campaign create(long unitId, Campaign.Kind kind, String name, LocalDate startedOn, LocalDate endedOn,
			String description) {
		CurrentUser.requireRole(Role.OFFICER);
		Unit unit = organization.unit(unitId);
		String clean = VietnameseText.cleanOrNull(name);
		if (kind == null) {
			throw new InvalidInput("kind", "campaign.error.kindRequired");
		}
		if (clean == null) {
			throw new InvalidInput("name", "campaign.error.nameRequired");
		}
		if (startedOn != null && endedOn != null && endedOn.isBefore(startedOn)) {
			throw new InvalidInput("endedOn", "plan.error.dateOrder", Formats.date(startedOn), Formats.date(endedOn));
		}
		long id = jdbc.sql("""
				insert into plan_campaign (unit_id, unit_path, kind, name, started_on, ended_on, description)
				values (:unit, cast(:path as ltree), :kind, :name, :from, :to, :description) returning id""")
			.param("unit", unit.id())
			.param("path", unit.path())
			.param("kind", kind.name())
			.param("name", clean)
			.param("from", startedOn)
			.param("to", endedOn)
			.param("description", VietnameseText.cleanOrNull(description))
			.query(Long.class)
			.single();
		audit.record(AuditEvent.created("campaign", id, unit.path(), clean, Map.of("kind", kind.name(), "name", clean)));
		return get(id);
	}

	/** The model sites of a campaign, or of a plan, each with its progress notes, the caller's part of them. */
	@Transactional(readOnly = true)
	public List<ModelSite> sites(Long campaignId, Long planId) {
		Scope scope = CurrentUser.scope();
		String where = campaignId != null ? "campaign_id = :owner" : "plan_id = :owner";
		List<ModelSite> sites = jdbc.sql(SITE + "where " + where + " order by id")
			.param("owner", campaignId != null ? campaignId : planId)
			.query(Campaigns::site)
			.list()
			.stream()
			.filter(site -> scope.contains(site.placePath()) || seen(site.placePath()))
			.toList();
		return withProgress(sites);
	}

	private List<ModelSite> withProgress(List<ModelSite> sites) {
		Map<Long, List<SiteProgress>> progress = new LinkedHashMap<>();
		if (!sites.isEmpty()) {
			jdbc.sql("select id, site_id, reported_on, text, created_by from plan_site_progress"
					+ " where site_id in (:ids) order by reported_on desc, id desc")
				.param("ids", sites.stream().map(ModelSite::id).toList())
				.query((rs, n) -> progress.computeIfAbsent(rs.getLong("site_id"), k -> new ArrayList<>())
					.add(new SiteProgress(rs.getLong("id"), rs.getObject("reported_on", LocalDate.class),
							rs.getString("text"), rs.getString("created_by"))))
				.list();
		}
		return sites.stream().map(s -> new ModelSite(s.id(), s.planId(), s.campaignId(), s.kind(), s.label(),
				s.placeUnitId(), s.placeName(), s.placePath(), s.responsibleBodyId(), s.responsibleName(), s.startsOn(),
				s.endsOn(), s.budget(), progress.getOrDefault(s.id(), List.of()))).toList();
	}

	/** What a new model site is: where, of what kind, who is responsible, when, and its budget allocation. */
	public record SiteDraft(Long planId, Long campaignId, String kind, String label, long placeUnitId,
			Long responsibleBodyId, LocalDate startsOn, LocalDate endsOn, Long budget) {
	}

	@Transactional
	public ModelSite addSite(SiteDraft draft) {
		CurrentUser.requireRole(Role.OFFICER);
		if (draft.campaignId() == null && draft.planId() == null) {
			throw new InvalidInput("campaignId", "site.error.ownerRequired");
		}
		if (draft.campaignId() != null) {
			get(draft.campaignId());
		}
		if (draft.planId() != null) {
			vn.mattran.planning.Plan plan = plans.get(draft.planId());
			CurrentUser.requireInScope(plan.unitPath(), plan.title());
		}
		Unit place = organization.unit(draft.placeUnitId());
		Body responsible = draft.responsibleBodyId() == null ? null : organization.body(draft.responsibleBodyId());
		String kind = VietnameseText.cleanOrNull(draft.kind());
		String label = VietnameseText.cleanOrNull(draft.label());
		if (kind == null) {
			throw new InvalidInput("kind", "site.error.kindRequired");
		}
		if (draft.budget() != null && draft.budget() < 0) {
			throw new InvalidInput("budget", "site.error.budget", draft.budget());
		}
		if (draft.startsOn() != null && draft.endsOn() != null && draft.endsOn().isBefore(draft.startsOn())) {
			throw new InvalidInput("endsOn", "plan.error.dateOrder", Formats.date(draft.startsOn()), Formats.date(draft.endsOn()));
		}
		long id = jdbc.sql("""
				insert into plan_model_site (plan_id, campaign_id, kind, label, place_unit_id, place_name, place_path,
				                             responsible_body_id, responsible_name, starts_on, ends_on, budget)
				values (:plan, :campaign, :kind, :label, :place, :placeName, cast(:path as ltree), :body, :bodyName,
				        :from, :to, :budget) returning id""")
			.param("plan", draft.planId())
			.param("campaign", draft.campaignId())
			.param("kind", kind)
			.param("label", label == null ? place.name() : label)
			.param("place", place.id())
			.param("placeName", place.name())
			.param("path", place.path())
			.param("body", responsible == null ? null : responsible.id())
			.param("bodyName", responsible == null ? null : responsible.name())
			.param("from", draft.startsOn())
			.param("to", draft.endsOn())
			.param("budget", draft.budget())
			.query(Long.class)
			.single();
		audit.record(AuditEvent.created("model-site", id, place.path(), kind + " – " + place.name(),
				Map.of("kind", kind, "place", place.name(), "budget", draft.budget() == null ? 0 : draft.budget())));
		return site(id);
	}

	/** A dated progress note on a site, by those responsible for its place. */
	@Transactional
	public ModelSite addProgress(long siteId, LocalDate reportedOn, String text) {
		CurrentUser.requireRole(Role.MEMBER_ORG_OFFICER);
		ModelSite site = site(siteId);
		CurrentUser.requireInScope(site.placePath(), site.label());
		String clean = VietnameseText.cleanOrNull(text);
		if (clean == null) {
			throw new InvalidInput("text", "report.error.textRequired");
		}
		LocalDate day = reportedOn == null ? LocalDate.now(clock) : reportedOn;
		if (day.isAfter(LocalDate.now(clock))) {
			throw new InvalidInput("reportedOn", "site.error.futureDate", Formats.date(day));
		}
		jdbc.sql("insert into plan_site_progress (site_id, reported_on, text, created_by) values (:site, :day, :text, :by)")
			.param("site", siteId)
			.param("day", day)
			.param("text", clean)
			.param("by", CurrentUser.actorName())
			.update();
		audit.record(AuditEvent.created("model-site", siteId, site.placePath(), "Tiến độ: " + site.label(),
				Map.of("reportedOn", day.toString(), "text", clean)));
		return site(siteId);
	}

	@Transactional(readOnly = true)
	public ModelSite site(long id) {
		ModelSite site = jdbc.sql(SITE + "where id = :id").param("id", id).query(Campaigns::site).optional()
			.orElseThrow(() -> UserFacingException.notFound("site.error.noSuchId", String.valueOf(id)));
		if (!seen(site.placePath())) {
			throw UserFacingException.forbidden("error.outOfScope", site.label());
		}
		return withProgress(List.of(site)).get(0);
	}

	@Transactional(readOnly = true)
	public List<Emulation> emulation(long campaignId) {
		Campaign campaign = get(campaignId);
		Scope scope = CurrentUser.scope();
		return jdbc.sql("""
				select id, campaign_id, unit_id, unit_name, unit_path::text as unit_path, year, commitment, committed_on,
				       score, rating, title, evaluated_on
				from plan_emulation where campaign_id = :campaign order by year desc, unit_name""")
			.param("campaign", campaign.id())
			.query(Campaigns::emulation)
			.list()
			.stream()
			.filter(e -> scope.contains(e.unitPath()) || scope.contains(campaign.unitPath()))
			.toList();
	}

	/** A unit signs its commitment to an emulation movement for a year, once. */
	@Transactional
	public Emulation commit(long campaignId, long unitId, int year, String commitment, LocalDate committedOn) {
		CurrentUser.requireRole(Role.OFFICER);
		Campaign campaign = get(campaignId);
		if (campaign.kind() != Campaign.Kind.EMULATION) {
			throw new InvalidInput("campaignId", "emulation.error.notEmulation", campaign.name());
		}
		Unit unit = organization.unit(unitId);
		if (!(unit.path().equals(campaign.unitPath()) || unit.path().startsWith(campaign.unitPath() + "."))) {
			throw new InvalidInput("unitId", "emulation.error.notBelow", unit.name(), campaign.name());
		}
		if (year < 1945 || year > 2100) {
			throw new InvalidInput("year", "plan.error.year", year);
		}
		String text = VietnameseText.cleanOrNull(commitment);
		if (text == null) {
			throw new InvalidInput("commitment", "emulation.error.commitmentRequired");
		}
		long id;
		try {
			id = jdbc.sql("""
					insert into plan_emulation (campaign_id, unit_id, unit_name, unit_path, year, commitment, committed_on)
					values (:campaign, :unit, :name, cast(:path as ltree), :year, :text, :on) returning id""")
				.param("campaign", campaign.id())
				.param("unit", unit.id())
				.param("name", unit.name())
				.param("path", unit.path())
				.param("year", year)
				.param("text", text)
				.param("on", committedOn == null ? LocalDate.now(clock) : committedOn)
				.query(Long.class)
				.single();
		}
		catch (org.springframework.dao.DuplicateKeyException e) {
			throw new InvalidInput("unitId", "emulation.error.committedAlready", unit.name(), year);
		}
		audit.record(AuditEvent.created("emulation", id, unit.path(), "Cam kết thi đua " + year + ": " + unit.name(),
				Map.of("commitment", text)));
		return emulationRow(id);
	}

	/** The year-end evaluation, by the campaign's unit: a score out of 100, the rating it gives, and a title. */
	@Transactional
	public Emulation evaluate(long emulationId, int score, String title, LocalDate evaluatedOn) {
		CurrentUser.requireRole(Role.UNIT_ADMIN);
		Emulation row = emulationRow(emulationId);
		Campaign campaign = get(row.campaignId());
		CurrentUser.requireInScope(campaign.unitPath(), campaign.name());
		if (score < 0 || score > 100) {
			throw new InvalidInput("score", "emulation.error.score", score);
		}
		jdbc.sql("""
				update plan_emulation set score = :score, rating = :rating, title = :title, evaluated_on = :on
				where id = :id""")
			.param("id", emulationId)
			.param("score", score)
			.param("rating", Emulation.Rating.of(score).name())
			.param("title", VietnameseText.cleanOrNull(title))
			.param("on", evaluatedOn == null ? LocalDate.now(clock) : evaluatedOn)
			.update();
		Emulation after = emulationRow(emulationId);
		audit.record(AuditEvent.updated("emulation", emulationId, row.unitPath(), "Đánh giá thi đua " + row.year() + ": "
				+ row.unitName(), Map.of("score", String.valueOf(row.score())), Map.of("score", score)));
		return after;
	}

	private Emulation emulationRow(long id) {
		return jdbc.sql("""
				select id, campaign_id, unit_id, unit_name, unit_path::text as unit_path, year, commitment, committed_on,
				       score, rating, title, evaluated_on
				from plan_emulation where id = :id""")
			.param("id", id)
			.query(Campaigns::emulation)
			.optional()
			.orElseThrow(() -> UserFacingException.notFound("emulation.error.noSuchId", String.valueOf(id)));
	}

	/** In the caller's scope, or above it (a campaign of the province is seen by its districts). */
	private static boolean seen(String path) {
		Scope scope = CurrentUser.scope();
		return scope.contains(path) || scope.paths().stream().anyMatch(root -> root.startsWith(path + "."));
	}

	private static Campaign campaign(ResultSet rs, int n) throws SQLException {
		return new Campaign(rs.getLong("id"), rs.getLong("unit_id"), rs.getString("unit_path"),
				Campaign.Kind.valueOf(rs.getString("kind")), rs.getString("name"),
				rs.getObject("started_on", LocalDate.class), rs.getObject("ended_on", LocalDate.class),
				rs.getString("description"));
	}

	private static ModelSite site(ResultSet rs, int n) throws SQLException {
		return new ModelSite(rs.getLong("id"), (Long) rs.getObject("plan_id"), (Long) rs.getObject("campaign_id"),
				rs.getString("kind"), rs.getString("label"), rs.getLong("place_unit_id"), rs.getString("place_name"),
				rs.getString("place_path"), (Long) rs.getObject("responsible_body_id"), rs.getString("responsible_name"),
				rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class),
				(Long) rs.getObject("budget"), List.of());
	}

	private static Emulation emulation(ResultSet rs, int n) throws SQLException {
		String rating = rs.getString("rating");
		return new Emulation(rs.getLong("id"), rs.getLong("campaign_id"), rs.getLong("unit_id"), rs.getString("unit_name"),
				rs.getString("unit_path"), rs.getInt("year"), rs.getString("commitment"),
				rs.getObject("committed_on", LocalDate.class), (Integer) rs.getObject("score"),
				rating == null ? null : Emulation.Rating.valueOf(rating), rs.getString("title"),
				rs.getObject("evaluated_on", LocalDate.class));
	}
}
