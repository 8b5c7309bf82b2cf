package vn.mattran.households.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.mattran.households.Classification;
import vn.mattran.households.Household;
import vn.mattran.households.Member;
import vn.mattran.shared.security.Scope;
import vn.mattran.shared.text.VietnameseCollator;
import vn.mattran.shared.text.VietnameseText;
import vn.mattran.shared.web.PageOf;
import vn.mattran.shared.web.PageRequest;

/** Households and their members as rows; the head's name and everyone's folded names kept for search. */
@Repository
class HouseholdRepository {

	private static final String SELECT = """
			select id, unit_id, unit_path::text as unit_path, commune_id, address, head_name, head_birth_year,
			       circumstances, current_year, current_kinds, merged_into, version
			from hh_household
			""";

	private final JdbcClient jdbc;

	HouseholdRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Where a household lives: its area, the area's path, the commune above it and the province. */
	record Place(long unitId, String unitPath, long communeId, String provinceCode) {
	}

	Optional<Household> byId(long id) {
		return jdbc.sql(SELECT + "where id = :id").param("id", id).query(this::household).optional()
			.map(this::withMembers);
	}

	Optional<Household> lock(long id) {
		return jdbc.sql(SELECT + "where id = :id for update").param("id", id).query(this::household).optional()
			.map(this::withMembers);
	}

	long insert(Place place, String address, String circumstances, List<Member> members, String by) {
		long id = jdbc.sql("""
				insert into hh_household (unit_id, unit_path, commune_id, province_code, address, head_name,
				                          head_folded, head_sort, search_folded, circumstances, created_by)
				values (:unitId, cast(:path as ltree), :communeId, :province, :address, '-', '', '\\x'::bytea, '',
				        :circumstances, :by)
				returning id
				""")
			.param("unitId", place.unitId())
			.param("path", place.unitPath())
			.param("communeId", place.communeId())
			.param("province", place.provinceCode())
			.param("address", address)
			.param("circumstances", circumstances)
			.param("by", by)
			.query(Long.class)
			.single();
		writeMembers(id, place.communeId(), members);
		return id;
	}

	boolean update(long id, int version, Place place, String address, String circumstances, List<Member> members) {
		int changed = jdbc.sql("""
				update hh_household set unit_id = :unitId, unit_path = cast(:path as ltree), commune_id = :communeId,
				       province_code = :province, address = :address, circumstances = :circumstances,
				       updated_at = now(), version = version + 1
				where id = :id and version = :version and merged_into is null
				""")
			.param("unitId", place.unitId())
			.param("path", place.unitPath())
			.param("communeId", place.communeId())
			.param("province", place.provinceCode())
			.param("address", address)
			.param("circumstances", circumstances)
			.param("id", id)
			.param("version", version)
			.update();
		if (changed == 0) {
			return false;
		}
		jdbc.sql("delete from hh_member where household_id = :id").param("id", id).update();
		writeMembers(id, place.communeId(), members);
		return true;
	}

	/** Members in their order; the head's name, birth year and everyone's folded names copied onto the household. */
	private void writeMembers(long id, long communeId, List<Member> members) {
		int position = 0;
		StringBuilder names = new StringBuilder();
		Member head = members.stream().filter(m -> m.head() && m.present()).findFirst().orElse(members.get(0));
		for (Member member : members) {
			jdbc.sql("""
					insert into hh_member (household_id, commune_id, position, full_name, name_folded, sex, birth_year,
					                       birth_date, relation, citizen_id, phone, is_head, left_on)
					values (:household, :commune, :position, :name, :folded, :sex, :birthYear, :birthDate, :relation,
					        :citizenId, :phone, :head, :leftOn)
					""")
				.param("household", id)
				.param("commune", communeId)
				.param("position", position++)
				.param("name", member.fullName())
				.param("folded", VietnameseText.fold(member.fullName()))
				.param("sex", member.sex())
				.param("birthYear", member.birthYear())
				.param("birthDate", member.birthDate())
				.param("relation", member.relation())
				.param("citizenId", member.citizenId())
				.param("phone", member.phone())
				.param("head", member == head)
				.param("leftOn", member.leftOn())
				.update();
			names.append(' ').append(VietnameseText.fold(member.fullName()));
		}
		jdbc.sql("""
				update hh_household set head_name = :name, head_folded = :folded, head_birth_year = :year,
				       head_sort = :sort, search_folded = :search
				where id = :id
				""")
			.param("name", head.fullName())
			.param("folded", VietnameseText.fold(head.fullName()))
			.param("year", head.birthYear())
			.param("sort", VietnameseCollator.sortKey(head.fullName()))
			.param("search", names.toString().strip())
			.param("id", id)
			.update();
	}

	/**
	 * What the household is counted as now: the classifications of the latest year it holds any
	 * for, or none when a closed review of a later year took it off the list.
	 */
	void refreshCurrent(long id) {
		jdbc.sql("""
				update hh_household h set current_year = y.year,
				       current_kinds = coalesce((select array_agg(kind order by kind) from hh_classification
				                                 where household_id = :id and year = y.year and withdrawn_at is null), '{}')
				from (select greatest(
				        (select max(year) from hh_classification where household_id = :id and withdrawn_at is null),
				        (select max(r.year) from hh_review_decision d join hh_review r on r.id = d.review_id
				         where d.household_id = :id and r.closed_at is not null)) as year) y
				where h.id = :id
				""")
			.param("id", id)
			.update();
	}

	void markMerged(long id, long into) {
		jdbc.sql("update hh_household set merged_into = :into, merged_at = now(), version = version + 1 where id = :id")
			.param("into", into)
			.param("id", id)
			.update();
		jdbc.sql("update hh_household set merged_into = :into where merged_into = :id")
			.param("into", into)
			.param("id", id)
			.update();
	}

	/** The household and every household merged into it: whose history its page shows. */
	List<Long> withMerged(long id) {
		return jdbc.sql("select id from hh_household where id = :id or merged_into = :id order by id")
			.param("id", id)
			.query(Long.class)
			.list();
	}

	PageOf<Row> search(HouseholdFilter filter, Scope scope, PageRequest page) {
		Map<String, Object> params = new LinkedHashMap<>();
		StringBuilder where = new StringBuilder(" where h.merged_into is null and ")
			.append(ScopeSql.within("h.unit_path", scope, params));
		if (filter.underPath() != null) {
			where.append(" and h.unit_path <@ cast(:under as ltree)");
			params.put("under", filter.underPath());
		}
		String digits = filter.query() == null ? "" : filter.query().replaceAll("[\\s.]", "");
		if (digits.matches("\\d{3,12}")) {
			where.append(" and h.id in (select household_id from hh_member where citizen_id = :digits"
					+ " union select household_id from hh_member where phone = :digits)");
			params.put("digits", digits);
		}
		else if (filter.query() != null && !VietnameseText.fold(filter.query()).isEmpty()) {
			where.append(" and h.search_folded like :like");
			params.put("like", "%" + escapeLike(VietnameseText.fold(filter.query())) + "%");
		}
		if (filter.kind() != null && filter.year() != null) {
			where.append(" and exists (select 1 from hh_classification c where c.household_id = h.id"
					+ " and c.year = :year and c.kind = :kind and c.withdrawn_at is null)");
			params.put("year", filter.year());
			params.put("kind", filter.kind().name());
		}
		else if (filter.kind() != null) {
			where.append(" and h.current_kinds @> array[cast(:kind as text)]");
			params.put("kind", filter.kind().name());
		}
		else if (filter.year() != null) {
			where.append(" and exists (select 1 from hh_classification c where c.household_id = h.id"
					+ " and c.year = :year and c.withdrawn_at is null)");
			params.put("year", filter.year());
		}
		long total = jdbc.sql("select count(*) from hh_household h" + where).params(params).query(Long.class).single();
		String order = switch (filter.sort() == null ? "" : filter.sort()) {
			case "area" -> " order by h.unit_id, h.head_sort, h.id";
			case "newest" -> " order by h.id desc";
			case "year" -> " order by h.current_year desc nulls last, h.head_sort, h.id";
			default -> " order by h.head_sort, h.id";
		};
		List<Row> items = jdbc.sql("""
				select h.id, h.head_name, h.head_birth_year, h.unit_id, h.unit_path::text as unit_path, h.current_year,
				       h.current_kinds,
				       (select m.citizen_id from hh_member m where m.household_id = h.id and m.is_head
				        order by m.left_on nulls first limit 1) as head_citizen_id
				from hh_household h
				""" + where + order + " limit :limit offset :offset")
			.params(params)
			.param("limit", page.size())
			.param("offset", page.offset())
			.query((rs, n) -> new Row(rs.getLong("id"), rs.getString("head_name"), integer(rs, "head_birth_year"),
					rs.getLong("unit_id"), rs.getString("unit_path"), integer(rs, "current_year"),
					kinds(rs.getArray("current_kinds")), rs.getString("head_citizen_id")))
			.list();
		return new PageOf<>(items, page.page(), page.size(), total);
	}

	/** A line of a search result before the area's name is put on it. */
	record Row(long id, String head, Integer headBirthYear, long unitId, String unitPath, Integer currentYear,
			Set<Classification> kinds, String headCitizenId) {
	}

	/** Every household of the scope under a path, for an export (members included). */
	List<Household> all(Scope scope, String underPath, int limit) {
		Map<String, Object> params = new LinkedHashMap<>();
		StringBuilder where = new StringBuilder(" where merged_into is null and ")
			.append(ScopeSql.within("unit_path", scope, params));
		if (underPath != null) {
			where.append(" and unit_path <@ cast(:under as ltree)");
			params.put("under", underPath);
		}
		List<Household> rows = jdbc.sql(SELECT + where + " order by unit_id, head_sort, id limit :limit")
			.params(params)
			.param("limit", limit)
			.query(this::household)
			.list();
		Map<Long, List<Member>> members = membersOf(rows.stream().map(Household::id).toList());
		return rows.stream().map(h -> withMembers(h, members.getOrDefault(h.id(), List.of()))).toList();
	}

	private Household withMembers(Household household) {
		return withMembers(household, membersOf(List.of(household.id())).getOrDefault(household.id(), List.of()));
	}

	private static Household withMembers(Household h, List<Member> members) {
		return new Household(h.id(), h.unitId(), h.unitPath(), h.communeId(), h.address(), h.head(), h.headBirthYear(),
				h.circumstances(), h.currentYear(), h.currentKinds(), h.mergedInto(), h.version(), members);
	}

	Map<Long, List<Member>> membersOf(List<Long> ids) {
		Map<Long, List<Member>> byHousehold = new LinkedHashMap<>();
		if (ids.isEmpty()) {
			return byHousehold;
		}
		jdbc.sql("""
				select household_id, id, full_name, sex, birth_year, birth_date, relation, citizen_id, phone, is_head,
				       left_on
				from hh_member where household_id = any(cast(:ids as bigint[])) order by household_id, position
				""")
			.param("ids", longArray(ids))
			.query(rs -> {
				byHousehold.computeIfAbsent(rs.getLong("household_id"), k -> new ArrayList<>())
					.add(new Member(rs.getLong("id"), rs.getString("full_name"), rs.getString("sex"),
							integer(rs, "birth_year"), rs.getObject("birth_date", java.time.LocalDate.class),
							rs.getString("relation"), rs.getString("citizen_id"), rs.getString("phone"),
							rs.getBoolean("is_head"), rs.getObject("left_on", java.time.LocalDate.class)));
			});
		return byHousehold;
	}

	private Household household(ResultSet rs, int rowNum) throws SQLException {
		return new Household(rs.getLong("id"), rs.getLong("unit_id"), rs.getString("unit_path"),
				rs.getLong("commune_id"), rs.getString("address"), rs.getString("head_name"),
				integer(rs, "head_birth_year"), rs.getString("circumstances"), integer(rs, "current_year"),
				kinds(rs.getArray("current_kinds")), (Long) rs.getObject("merged_into"), rs.getInt("version"),
				List.of());
	}

	static Set<Classification> kinds(Array array) throws SQLException {
		Set<Classification> kinds = EnumSet.noneOf(Classification.class);
		if (array != null) {
			Arrays.stream((String[]) array.getArray()).map(Classification::valueOf).forEach(kinds::add);
		}
		return kinds;
	}

	static Integer integer(ResultSet rs, String column) throws SQLException {
		int value = rs.getInt(column);
		return rs.wasNull() ? null : value;
	}

	/** Ids as one array parameter: a list would become one bind parameter each, and PostgreSQL takes 65,535. */
	static String longArray(java.util.Collection<Long> ids) {
		StringBuilder text = new StringBuilder("{");
		for (Long id : ids) {
			text.append(text.length() > 1 ? "," : "").append(id);
		}
		return text.append('}').toString();
	}

	static String escapeLike(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}
}
