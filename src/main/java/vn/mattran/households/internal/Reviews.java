package vn.mattran.households.internal;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;
import vn.mattran.households.Classification;
import vn.mattran.organization.Organization;
import vn.mattran.organization.Unit;
import vn.mattran.organization.UnitLevel;
import vn.mattran.shared.audit.AuditEvent;
import vn.mattran.shared.audit.AuditLog;
import vn.mattran.shared.error.InvalidInput;
import vn.mattran.shared.error.UserFacingException;
import vn.mattran.shared.security.CurrentUser;
import vn.mattran.shared.security.Role;
import vn.mattran.shared.security.Scope;

/**
 * Yearly review rounds (rà soát). A unit opens a round for a year; each residential area under it
 * goes through its households — confirming last year's classification, changing it, or taking the
 * household off — and says it is done; closing the round writes the year's classifications and
 * keeps the counts. Until then last year's list stands.
 */
@Service
public class Reviews {

	private final JdbcClient jdbc;
	private final Registry registry;
	private final ClassificationRepository classifications;
	private final HouseholdRepository households;
	private final Organization organization;
	private final AuditLog audit;
	private final JsonMapper json;
	private final ReviewLists lists;

	Reviews(JdbcClient jdbc, Registry registry, ClassificationRepository classifications, HouseholdRepository households,
			Organization organization, AuditLog audit, JsonMapper json, ReviewLists lists) {
		this.lists = lists;
		this.jdbc = jdbc;
		this.registry = registry;
		this.classifications = classifications;
		this.households = households;
		this.organization = organization;
		this.audit = audit;
		this.json = json;
	}

	public record Review(long id, long unitId, String unitPath, String unitName, int year, String openedBy,
			OffsetDateTime openedAt, String closedBy, OffsetDateTime closedAt, Map<Classification, Long> counts) {

		public boolean open() {
			return closedAt == null;
		}
	}

	/** A household on a round's list: last year's classifications, this year's if decided, and the decision. */
	public record Line(long householdId, String head, long areaId, Set<Classification> previous,
			Set<Classification> decided, boolean hasDecision) {

		public String change() {
			if (!hasDecision) {
				return "PENDING";
			}
			if (decided.isEmpty()) {
				return "REMOVED";
			}
			if (previous.isEmpty()) {
				return "ADDED";
			}
			return decided.equals(previous) ? "CONFIRMED" : "CHANGED";
		}
	}

	/** How far an area is: households on its list, decided, and whether it said it is done. */
	public record AreaProgress(Unit area, int households, int decided, boolean done) {

		public int percent() {
			return households == 0 ? 100 : decided * 100 / households;
		}
	}

	/** A household whose poverty status differs between the year before and the round's year. */
	public record Change(long householdId, String head, long areaId, Set<Classification> before,
			Set<Classification> after, String direction) {
	}

	@Transactional
	public Review open(long unitId, int year) {
		CurrentUser.requireRole(Role.OFFICER);
		Unit unit = organization.unit(unitId);
		if (unit.level() != UnitLevel.COMMUNE) {
			throw new InvalidInput("unitId", "review.error.level", unit.name());
		}
		registry.requireYear(year);
		long id = jdbc.sql("""
				insert into hh_review (unit_id, unit_path, year, opened_by) values (:unit, cast(:path as ltree), :year, :by)
				on conflict (unit_id, year) do nothing returning id
				""")
			.param("unit", unit.id())
			.param("path", unit.path())
			.param("year", year)
			.param("by", CurrentUser.actorName())
			.query(Long.class)
			.optional()
			.orElseThrow(() -> UserFacingException.conflict("review.error.exists", unit.name(), String.valueOf(year)));
		Review review = get(id);
		audit.record(AuditEvent.created("household-review", id, unit.path(),
				"Mở đợt rà soát hộ năm " + year + " của " + unit.name(), Map.of("year", year)));
		return review;
	}

	@Transactional(readOnly = true)
	public Review get(long id) {
		Review review = jdbc.sql("""
				select id, unit_id, unit_path::text as unit_path, year, opened_by, opened_at, closed_by, closed_at,
				       counts::text as counts
				from hh_review where id = :id
				""")
			.param("id", id)
			.query((rs, n) -> review(rs.getLong("id"), rs.getLong("unit_id"), rs.getString("unit_path"),
					rs.getInt("year"), rs.getString("opened_by"), rs.getObject("opened_at", OffsetDateTime.class),
					rs.getString("closed_by"), rs.getObject("closed_at", OffsetDateTime.class), rs.getString("counts")))
			.optional()
			.orElseThrow(() -> UserFacingException.notFound("review.error.notFound", String.valueOf(id)));
		Scope scope = CurrentUser.scope();
		boolean below = scope.paths().stream().anyMatch(path -> path.startsWith(review.unitPath() + "."));
		if (!scope.contains(review.unitPath()) && !below) {
			throw UserFacingException.forbidden("error.outOfScope", review.unitName() + " " + review.year());
		}
		return review;
	}

	/** The review's row locked for a change, so decisions and closing do not cross. */
	private Review lock(long id) {
		jdbc.sql("select id from hh_review where id = :id for update").param("id", id).query(Long.class).optional();
		return get(id);
	}

	@Transactional(readOnly = true)
	public List<Review> list() {
		Scope scope = CurrentUser.scope();
		Map<String, Object> params = new LinkedHashMap<>();
		String within = ScopeSql.within("unit_path", scope, params);
		StringBuilder above = new StringBuilder();
		for (int i = 0; i < scope.paths().size(); i++) {
			above.append(" or unit_path @> cast(:scope").append(i).append(" as ltree)");
		}
		List<Long> ids = jdbc.sql("select id from hh_review where " + within + above
				+ " order by year desc, id desc limit 200")
			.params(params)
			.query(Long.class)
			.list();
		return ids.stream().map(this::get).toList();
	}

	private Review review(long id, long unitId, String path, int year, String openedBy, OffsetDateTime openedAt,
			String closedBy, OffsetDateTime closedAt, String counts) {
		Map<Classification, Long> byKind = new EnumMap<>(Classification.class);
		if (counts != null) {
			json.readTree(counts).properties()
				.forEach(e -> byKind.put(Classification.valueOf(e.getKey()), e.getValue().asLong()));
		}
		Unit unit = organization.units(List.of(unitId)).get(unitId);
		return new Review(id, unitId, path, unit == null ? "" : unit.name(), year, openedBy, openedAt, closedBy,
				closedAt, byKind);
	}

	/** A household of an area that is not on the round's list yet, which the area may add to it. */
	public record Candidate(long householdId, String head) {
	}

	/** The round's list (of one area, or of all when {@code areaId} is null), in the caller's scope. */
	@Transactional(readOnly = true)
	public List<Line> lines(long reviewId, Long areaId) {
		return lists.lines(get(reviewId), areaId);
	}

	/** The area's registered households that the round's list does not hold. */
	@Transactional(readOnly = true)
	public List<Candidate> notListed(long reviewId, long areaId) {
		return lists.notListed(get(reviewId), areaId);
	}


	@Transactional(readOnly = true)
	public List<AreaProgress> progress(long reviewId) {
		Review review = get(reviewId);
		List<Line> lines = lines(reviewId, null);
		Set<Long> done = new HashSet<>(jdbc.sql("select area_id from hh_review_area where review_id = :id")
			.param("id", reviewId).query(Long.class).list());
		Map<Long, int[]> counts = new LinkedHashMap<>();
		Unit reviewed = organization.unit(review.unitId());
		List<Unit> areas = new ArrayList<>(organization.children(review.unitId(), registry.dayWithin(reviewed)));
		lines.forEach(line -> {
			int[] c = counts.computeIfAbsent(line.areaId(), k -> new int[2]);
			c[0]++;
			c[1] += line.hasDecision() ? 1 : 0;
		});
		if (counts.containsKey(review.unitId())) {
			areas.add(0, reviewed);
		}
		Set<Long> listed = new HashSet<>();
		areas.forEach(a -> listed.add(a.id()));
		organization.units(counts.keySet().stream().filter(id -> !listed.contains(id)).toList()).values()
			.forEach(areas::add);
		Scope scope = CurrentUser.scope();
		return areas.stream().filter(area -> scope.contains(area.path())).map(area -> {
			int[] c = counts.getOrDefault(area.id(), new int[2]);
			return new AreaProgress(area, c[0], c[1], done.contains(area.id()));
		}).toList();
	}

	/** Sets what a household is in the round's year ({@code kinds} empty: taken off the list). */
	@Transactional
	public void decide(long reviewId, long householdId, Set<Classification> kinds) {
		CurrentUser.requireRole(Role.OFFICER);
		Review review = requireOpen(reviewId);
		var household = registry.get(householdId);
		if (household.merged()) {
			throw UserFacingException.conflict("household.error.merged", household.head(),
					String.valueOf(household.mergedInto()));
		}
		if (!Scope.of(List.of(review.unitPath())).contains(household.unitPath())) {
			throw new InvalidInput("householdId", "review.error.householdOutside", household.head(), review.unitName());
		}
		if (areaDone(reviewId, household.unitId())) {
			throw UserFacingException.conflict("review.error.areaDone", areaName(household.unitId()));
		}
		if (kinds.isEmpty() && !lists.listed(review, householdId)) {
			// taking off a household that is not on the list would only list it as taken off
			throw new InvalidInput("kinds", "review.error.addWithoutKind");
		}
		jdbc.sql("""
				insert into hh_review_decision (review_id, household_id, kinds, decided_by)
				values (:review, :household, cast(:kinds as text[]), :by)
				on conflict (review_id, household_id) do update set kinds = excluded.kinds,
				       decided_by = excluded.decided_by, decided_at = now()
				""")
			.param("review", reviewId)
			.param("household", householdId)
			.param("kinds", "{" + String.join(",", kinds.stream().map(Enum::name).sorted().toList()) + "}")
			.param("by", CurrentUser.actorName())
			.update();
		audit.record(AuditEvent.updated("household-review", reviewId, household.unitPath(),
				"Rà soát năm " + review.year() + ": hộ " + household.head(), null, Map.of("kinds", kinds)));
	}

	/** Every undecided household of the area keeps last year's classifications. */
	@Transactional
	public int confirmRest(long reviewId, long areaId) {
		CurrentUser.requireRole(Role.OFFICER);
		requireOpen(reviewId);
		int confirmed = 0;
		for (Line line : lines(reviewId, areaId)) {
			if (!line.hasDecision()) {
				decide(reviewId, line.householdId(), line.previous());
				confirmed++;
			}
		}
		return confirmed;
	}

	@Transactional
	public void markAreaDone(long reviewId, long areaId) {
		CurrentUser.requireRole(Role.OFFICER);
		Review review = requireOpen(reviewId);
		Unit area = organization.unit(areaId);
		if (!Scope.of(List.of(review.unitPath())).contains(area.path())) {
			throw new InvalidInput("area", "review.error.areaOutside", area.name(), review.unitName());
		}
		long pending = lines(reviewId, areaId).stream().filter(l -> !l.hasDecision()).count();
		if (pending > 0) {
			throw UserFacingException.conflict("review.error.areaPending", areaName(areaId), pending);
		}
		jdbc.sql("insert into hh_review_area (review_id, area_id, done_by) values (:review, :area, :by)"
				+ " on conflict do nothing")
			.param("review", reviewId)
			.param("area", areaId)
			.param("by", CurrentUser.actorName())
			.update();
		audit.record(AuditEvent.updated("household-review", reviewId, review.unitPath(),
				"Rà soát năm " + review.year() + ": " + areaName(areaId) + " đã xong", null, Map.of("area", areaId)));
	}

	/** Writes the year's classifications from the decisions and keeps the counts; every area with households must be done. */
	@Transactional
	public Review close(long reviewId) {
		CurrentUser.requireRole(Role.OFFICER);
		Review review = requireOpen(reviewId);
		CurrentUser.requireInScope(review.unitPath(), review.unitName());
		List<String> notDone = progress(reviewId).stream().filter(a -> a.households() > 0 && !a.done())
			.map(a -> a.area().name()).toList();
		if (!notDone.isEmpty()) {
			throw UserFacingException.conflict("review.error.areasNotDone", String.join(", ", notDone));
		}
		String by = CurrentUser.actorName();
		String why = "Rà soát năm " + review.year();
		jdbc.sql("update hh_review set closed_by = :by, closed_at = now() where id = :id")
			.param("by", by)
			.param("id", reviewId)
			.update();
		jdbc.sql("select household_id, kinds from hh_review_decision where review_id = :id")
			.param("id", reviewId)
			.query((rs, n) -> Map.entry(rs.getLong("household_id"), ReviewLists.kinds(rs.getArray("kinds"))))
			.list()
			.forEach(decision -> {
				long household = decision.getKey();
				Set<Classification> held = classifications.held(household, review.year());
				decision.getValue().stream().filter(k -> !held.contains(k))
					.forEach(k -> classifications.add(household, review.year(), k, null, reviewId, by));
				held.stream().filter(k -> !decision.getValue().contains(k))
					.forEach(k -> classifications.withdraw(household, review.year(), k, why, by));
				households.refreshCurrent(household);
			});
		Map<String, Long> counts = new LinkedHashMap<>();
		jdbc.sql("""
				select c.kind, count(distinct h.id) from hh_classification c join hh_household h on h.id = c.household_id
				where c.year = :year and c.withdrawn_at is null and h.merged_into is null
				  and h.unit_path <@ cast(:path as ltree)
				group by c.kind order by c.kind
				""")
			.param("year", review.year())
			.param("path", review.unitPath())
			.query((rs, n) -> counts.put(rs.getString(1), rs.getLong(2)))
			.list();
		jdbc.sql("update hh_review set counts = cast(:counts as jsonb) where id = :id")
			.param("counts", json.writeValueAsString(counts))
			.param("id", reviewId)
			.update();
		audit.record(AuditEvent.updated("household-review", reviewId, review.unitPath(),
				"Đóng đợt rà soát hộ năm " + review.year() + " của " + review.unitName(), null, counts));
		return get(reviewId);
	}

	/** Who left poverty and who fell into it between the year before the round and the round's year. */
	@Transactional(readOnly = true)
	public List<Change> changes(long reviewId) {
		Review review = get(reviewId);
		List<Change> changes = new ArrayList<>();
		for (Line line : lines(reviewId, null)) {
			Set<Classification> after = line.decided();
			boolean poorBefore = line.previous().stream().anyMatch(Classification::poverty);
			boolean poorAfter = after.stream().anyMatch(Classification::poverty);
			String direction = null;
			if (poorBefore && !poorAfter) {
				direction = "LEFT_POVERTY";
			}
			else if (!poorBefore && poorAfter) {
				direction = "FELL_INTO_POVERTY";
			}
			else if (line.previous().contains(Classification.POOR) && after.contains(Classification.NEAR_POOR)) {
				direction = "POOR_TO_NEAR_POOR";
			}
			else if (line.previous().contains(Classification.NEAR_POOR) && after.contains(Classification.POOR)) {
				direction = "NEAR_POOR_TO_POOR";
			}
			if (direction != null && line.hasDecision()) {
				changes.add(new Change(line.householdId(), line.head(), line.areaId(), line.previous(), after, direction));
			}
		}
		return changes;
	}

	private Review requireOpen(long reviewId) {
		Review review = lock(reviewId);
		if (!review.open()) {
			throw UserFacingException.conflict("review.error.closed", review.unitName(), String.valueOf(review.year()));
		}
		return review;
	}

	private boolean areaDone(long reviewId, long areaId) {
		return jdbc.sql("select count(*) from hh_review_area where review_id = :review and area_id = :area")
			.param("review", reviewId).param("area", areaId).query(Long.class).single() > 0;
	}

	private String areaName(long areaId) {
		Unit unit = organization.units(List.of(areaId)).get(areaId);
		return unit == null ? "#" + areaId : unit.name();
	}
}
