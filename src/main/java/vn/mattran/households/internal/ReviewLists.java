package vn.mattran.households.internal;

import java.sql.Array;
import java.sql.SQLException;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.mattran.households.Classification;
import vn.mattran.shared.security.CurrentUser;

/**
 * What a review round's list holds: the households of its unit classified last year or this year or decided on in
 * the round, with their classifications and decisions, and the area's other registered households that may be added.
 */
@Component
class ReviewLists {

	private final JdbcClient jdbc;

	ReviewLists(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The round's list: households of the unit classified last year or this year, or decided in the round. */
	List<Reviews.Line> lines(Reviews.Review review, Long areaId) {
		Map<String, Object> scoped = new LinkedHashMap<>();
		return jdbc.sql("""
				select h.id, h.head_name, h.unit_id,
				       (select array_agg(kind) from hh_classification c where c.household_id = h.id and c.year = :prev
				        and c.withdrawn_at is null) as previous,
				       (select array_agg(kind) from hh_classification c where c.household_id = h.id and c.year = :year
				        and c.withdrawn_at is null) as current,
				       d.kinds as decided, d.household_id is not null as has_decision
				from hh_household h left join hh_review_decision d on d.review_id = :review and d.household_id = h.id
				where h.merged_into is null and h.unit_path <@ cast(:path as ltree) and (:area = 0 or h.unit_id = :area)
				  and %s
				  and (d.household_id is not null or exists (select 1 from hh_classification c where c.household_id = h.id
				       and c.year in (:prev, :year) and c.withdrawn_at is null))
				order by h.unit_id, h.head_sort, h.id
				""".formatted(ScopeSql.within("h.unit_path", CurrentUser.scope(), scoped)))
			.params(scoped)
			.param("prev", review.year() - 1)
			.param("year", review.year())
			.param("review", review.id())
			.param("path", review.unitPath())
			.param("area", areaId == null ? 0 : areaId)
			.query((rs, n) -> {
				boolean decided = rs.getBoolean("has_decision");
				Set<Classification> current = kinds(rs.getArray("current"));
				return new Reviews.Line(rs.getLong("id"), rs.getString("head_name"), rs.getLong("unit_id"),
						kinds(rs.getArray("previous")), decided ? kinds(rs.getArray("decided")) : current,
						decided || !current.isEmpty());
			})
			.list();
	}

	/** The area's registered households that the round's list does not hold (neither classified nor decided on). */
	List<Reviews.Candidate> notListed(Reviews.Review review, long areaId) {
		Set<Long> listed = new HashSet<>(lines(review, areaId).stream().map(Reviews.Line::householdId).toList());
		Map<String, Object> scoped = new LinkedHashMap<>();
		return jdbc.sql("""
				select h.id, h.head_name from hh_household h
				where h.merged_into is null and h.unit_id = :area and h.unit_path <@ cast(:path as ltree) and %s
				order by h.head_sort, h.id
				""".formatted(ScopeSql.within("h.unit_path", CurrentUser.scope(), scoped)))
			.params(scoped).param("area", areaId).param("path", review.unitPath())
			.query((rs, n) -> new Reviews.Candidate(rs.getLong(1), rs.getString(2))).list().stream()
			.filter(c -> !listed.contains(c.householdId())).toList();
	}

	/** Whether the household is on the round's list: classified last year or this year, or decided on in the round. */
	boolean listed(Reviews.Review review, long householdId) {
		return jdbc.sql("""
				select exists (select 1 from hh_review_decision where review_id = :review and household_id = :household)
				    or exists (select 1 from hh_classification where household_id = :household and year in (:prev, :year)
				               and withdrawn_at is null)
				""").param("review", review.id()).param("household", householdId).param("prev", review.year() - 1)
			.param("year", review.year()).query(Boolean.class).single();
	}

	static Set<Classification> kinds(Array array) throws SQLException {
		Set<Classification> kinds = EnumSet.noneOf(Classification.class);
		if (array != null) {
			for (Object kind : (Object[]) array.getArray()) {
				if (kind != null) {
					kinds.add(Classification.valueOf(kind.toString()));
				}
			}
		}
		return kinds;
	}
}
