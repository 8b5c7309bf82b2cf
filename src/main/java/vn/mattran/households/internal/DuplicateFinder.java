package vn.mattran.households.internal;

import java.sql.Array;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.mattran.households.DuplicatePair.Reason;
import vn.mattran.households.Member;
import vn.mattran.shared.security.Scope;
import vn.mattran.shared.text.VietnameseText;
import vn.mattran.shared.web.PageOf;
import vn.mattran.shared.web.PageRequest;

/**
 * Households that may be the same one: a member's ID number in both; the same head (name without
 * diacritics and birth year) in one area; the same person (name and birth year) in two households
 * of one commune. Someone who has left a household no longer counts as its member. Pairs someone marked "not a duplicate" and merged households are left out.
 */
@Repository
class DuplicateFinder {

	private final JdbcClient jdbc;

	DuplicateFinder(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A pair of household ids, smaller first, with every reason that joins them. */
	record Pair(long first, long second, List<Reason> reasons, List<String> details) {
	}

	/** A household already registered that the one being entered may duplicate. */
	record Candidate(long householdId, Reason reason, String detail) {
	}

	PageOf<Pair> report(Scope scope, String underPath, PageRequest page) {
		Map<String, Object> params = new LinkedHashMap<>();
		StringBuilder scoped = new StringBuilder("select id, unit_id, commune_id, head_name, head_folded, head_birth_year"
				+ " from hh_household where merged_into is null and ").append(ScopeSql.within("unit_path", scope, params));
		if (underPath != null) {
			scoped.append(" and unit_path <@ cast(:under as ltree)");
			params.put("under", underPath);
		}
		// Each reason groups the rows that share its key (one pass each over the scope's households and members) and
		// only then pairs the few households of a group; joining the members to themselves instead took 19 s for a
		// province of 300,000 households.
		String pairs = """
				with scoped as materialized (%s),
				members as materialized (
				  select m.household_id, m.citizen_id, m.commune_id, m.name_folded, m.birth_year, m.full_name, m.left_on
				  from hh_member m join scoped s on s.id = m.household_id
				),
				groups as (
				  select 'CITIZEN_ID' as reason, array_agg(household_id order by household_id) as hs,
				         array_fill(repeat('•', length(citizen_id) - 3) || right(citizen_id, 3), array[count(*)::int]) as details
				  from members where citizen_id is not null and left_on is null
				  group by citizen_id having count(distinct household_id) > 1
				  union all
				  select 'NAME_BIRTH_YEAR', array_agg(id order by id),
				         array_agg(head_name || ' (' || head_birth_year || ')' order by id)
				  from scoped where head_birth_year is not null
				  group by unit_id, head_folded, head_birth_year having count(*) > 1
				  union all
				  select 'MEMBER', array_agg(household_id order by household_id),
				         array_agg(full_name || ' (' || birth_year || ')' order by household_id)
				  from members where birth_year is not null and left_on is null
				  group by commune_id, name_folded, birth_year having count(distinct household_id) > 1
				),
				pairs as (
				  select g.hs[i] as a, g.hs[j] as b, g.reason, g.details[i] as detail
				  from groups g cross join lateral generate_subscripts(g.hs, 1) i cross join lateral generate_subscripts(g.hs, 1) j
				  where i < j and g.hs[i] < g.hs[j]
				),
				grouped as (
				  select a, b, array_agg(distinct reason) as reasons, array_agg(distinct detail) as details
				  from pairs p
				  where not exists (select 1 from hh_not_duplicate n where n.first_id = p.a and n.second_id = p.b)
				  group by a, b
				)
				""".formatted(scoped);
		long[] total = { 0 };
		List<Pair> items = jdbc.sql(pairs + """
				select a, b, reasons, details, count(*) over () as total from grouped
				order by a, b limit :limit offset :offset
				""")
			.params(params)
			.param("limit", page.size())
			.param("offset", page.offset())
			.query((rs, n) -> {
				total[0] = rs.getLong("total");
				return new Pair(rs.getLong("a"), rs.getLong("b"), reasons(rs.getArray("reasons")),
						texts(rs.getArray("details")));
			})
			.list();
		if (items.isEmpty() && page.offset() > 0) {
			total[0] = jdbc.sql(pairs + "select count(*) from grouped").params(params).query(Long.class).single();
		}
		return new PageOf<>(items, page.page(), page.size(), total[0]);
	}

	/**
	 * Registered households in {@code scope} (not {@code exceptId}, not merged) that the members
	 * being entered may duplicate. Households outside the scope are not looked at: what the
	 * registry holds elsewhere is not the user's to learn (the province's report finds those pairs).
	 */
	List<Candidate> candidates(Scope scope, long unitId, long communeId, List<Member> members, Long exceptId) {
		List<Candidate> found = new ArrayList<>();
		long except = exceptId == null ? -1 : exceptId;
		Map<String, Object> params = new HashMap<>();
		String within = ScopeSql.within("h.unit_path", scope, params);
		for (Member member : members) {
			if (member.citizenId() != null) {
				jdbc.sql("select distinct h.id from hh_member m join hh_household h on h.id = m.household_id"
						+ " where m.citizen_id = :id and m.left_on is null and h.merged_into is null and h.id <> :except and "
						+ within)
					.params(params)
					.param("id", member.citizenId())
					.param("except", except)
					.query(Long.class)
					.list()
					.forEach(id -> found.add(new Candidate(id, Reason.CITIZEN_ID, Member.mask(member.citizenId()))));
			}
			if (member.birthYear() == null || !member.present()) {
				continue;
			}
			String folded = VietnameseText.fold(member.fullName());
			String detail = member.fullName() + " (" + member.birthYear() + ")";
			if (member.head()) {
				jdbc.sql("select h.id from hh_household h where h.unit_id = :unit and h.head_folded = :folded"
						+ " and h.head_birth_year = :year and h.merged_into is null and h.id <> :except and " + within)
					.params(params)
					.param("unit", unitId)
					.param("folded", folded)
					.param("year", member.birthYear())
					.param("except", except)
					.query(Long.class)
					.list()
					.forEach(id -> found.add(new Candidate(id, Reason.NAME_BIRTH_YEAR, detail)));
			}
			jdbc.sql("select distinct h.id from hh_member m join hh_household h on h.id = m.household_id"
					+ " where m.commune_id = :commune and m.name_folded = :folded and m.birth_year = :year"
					+ " and m.left_on is null and h.merged_into is null and h.id <> :except and " + within)
				.params(params)
				.param("folded", folded)
				.param("year", member.birthYear())
				.param("commune", communeId)
				.param("except", except)
				.query(Long.class)
				.list()
				.forEach(id -> found.add(new Candidate(id, Reason.MEMBER, detail)));
		}
		return found;
	}

	/** What a commune already holds, to check a whole file's rows against without a query per row. */
	record Registered(Map<String, Long> byCitizenId, Map<String, Long> byAreaHead, Map<String, Long> byPerson) {

		static final Registered NONE = new Registered(Map.of(), Map.of(), Map.of());

		static String head(long unitId, String folded, Integer year) {
			return unitId + "|" + folded + "|" + year;
		}

		static String person(String folded, Integer year) {
			return folded + "|" + year;
		}
	}

	/** What the commune holds within {@code scope}, for a file's rows (the ID numbers looked up within the scope too). */
	Registered registered(Scope scope, long communeId, List<String> citizenIds) {
		Map<String, Object> params = new HashMap<>();
		String within = ScopeSql.within("h.unit_path", scope, params);
		Map<String, Long> byId = new HashMap<>();
		if (!citizenIds.isEmpty()) {
			jdbc.sql("select m.citizen_id, min(h.id) from hh_member m join hh_household h on h.id = m.household_id"
					+ " where m.citizen_id = any(cast(:ids as text[])) and m.left_on is null and h.merged_into is null and "
					+ within
					+ " group by m.citizen_id")
				.params(params)
				.param("ids", "{" + String.join(",", citizenIds) + "}")
				.query(rs -> {
					byId.put(rs.getString(1), rs.getLong(2));
				});
		}
		Map<String, Long> byHead = new HashMap<>();
		jdbc.sql("select h.unit_id, h.head_folded, h.head_birth_year, h.id from hh_household h"
				+ " where h.commune_id = :commune and h.merged_into is null and h.head_birth_year is not null and " + within)
			.params(params)
			.param("commune", communeId)
			.query(rs -> {
				byHead.putIfAbsent(Registered.head(rs.getLong(1), rs.getString(2), rs.getInt(3)), rs.getLong(4));
			});
		Map<String, Long> byPerson = new HashMap<>();
		jdbc.sql("select m.name_folded, m.birth_year, h.id from hh_member m join hh_household h on h.id = m.household_id"
				+ " where m.commune_id = :commune and h.merged_into is null and m.left_on is null"
				+ " and m.birth_year is not null and " + within)
			.params(params)
			.param("commune", communeId)
			.query(rs -> {
				byPerson.putIfAbsent(Registered.person(rs.getString(1), rs.getInt(2)), rs.getLong(3));
			});
		return new Registered(byId, byHead, byPerson);
	}

	void markDistinct(long a, long b, String by) {
		jdbc.sql("""
				insert into hh_not_duplicate (first_id, second_id, decided_by) values (:first, :second, :by)
				on conflict do nothing
				""")
			.param("first", Math.min(a, b))
			.param("second", Math.max(a, b))
			.param("by", by)
			.update();
	}

	private static List<Reason> reasons(Array array) throws SQLException {
		return Arrays.stream((String[]) array.getArray()).map(Reason::valueOf).sorted().toList();
	}

	private static List<String> texts(Array array) throws SQLException {
		return Arrays.stream((String[]) array.getArray()).filter(t -> t != null).toList();
	}
}
