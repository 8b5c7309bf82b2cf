package vn.mattran.organization.internal.units;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.mattran.organization.Unit;
import vn.mattran.organization.UnitLevel;
import vn.mattran.shared.security.Scope;
import vn.mattran.shared.text.VietnameseCollator;
import vn.mattran.shared.text.VietnameseText;
import vn.mattran.shared.web.PageOf;
import vn.mattran.shared.web.PageRequest;

/** Units in the database: lookups by id, by code on a day, children, ancestors and search. */
@Repository
class UnitRepository {

	static final String COLUMNS = """
			u.id, u.code, u.name, u.type, u.level, u.parent_id, p.code as parent_code, u.path::text as path,
			u.province_code, u.valid_from, u.valid_to, u.source, u.note, u.version
			""";
	private static final String FROM = " from org_unit u left join org_unit p on p.id = u.parent_id ";
	private static final String VALID_ON = """
			(u.valid_from is null or u.valid_from <= :on) and (u.valid_to is null or u.valid_to >= :on)
			""";

	private final JdbcClient jdbc;

	UnitRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Unit> byId(long id) {
		return jdbc.sql("select " + COLUMNS + FROM + "where u.id = :id").param("id", id).query(UnitRepository::unit)
			.optional();
	}

	Optional<Unit> byCode(String code, LocalDate on) {
		return jdbc.sql("select " + COLUMNS + FROM + "where u.code = :code and " + VALID_ON)
			.param("code", code)
			.param("on", on)
			.query(UnitRepository::unit)
			.optional();
	}

	/** Every period of a code, newest first. */
	List<Unit> allByCode(String code) {
		return jdbc.sql("select " + COLUMNS + FROM + "where u.code = :code order by u.valid_from desc nulls last")
			.param("code", code)
			.query(UnitRepository::unit)
			.list();
	}

	List<Unit> topLevel(LocalDate on) {
		return jdbc.sql("select " + COLUMNS + FROM + "where u.parent_id is null and " + VALID_ON + " order by u.name_sort")
			.param("on", on)
			.query(UnitRepository::unit)
			.list();
	}

	List<Unit> byPaths(List<String> paths) {
		return jdbc.sql("select " + COLUMNS + FROM + "where u.path = any(cast(:paths as ltree[])) order by u.level, u.name_sort")
			.param("paths", "{" + String.join(",", paths) + "}")
			.query(UnitRepository::unit)
			.list();
	}

	List<Unit> byIds(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		// One array parameter, not one parameter per id: a national drive names 100,000 units at once.
		return jdbc.sql("select " + COLUMNS + FROM + "where u.id = any(:ids)")
			.param("ids", ids.toArray(Long[]::new))
			.query(UnitRepository::unit)
			.list();
	}

	PageOf<Unit> children(long parentId, LocalDate on, PageRequest page) {
		String where = "where u.parent_id = :parent and " + VALID_ON;
		long total = jdbc.sql("select count(*)" + FROM + where).param("parent", parentId).param("on", on)
			.query(Long.class).single();
		List<Unit> items = jdbc.sql("select " + COLUMNS + FROM + where + " order by u.name_sort limit :limit offset :offset")
			.param("parent", parentId)
			.param("on", on)
			.param("limit", page.size())
			.param("offset", page.offset())
			.query(UnitRepository::unit)
			.list();
		return new PageOf<>(items, page.page(), page.size(), total);
	}

	long countChildren(long parentId, LocalDate on) {
		return jdbc.sql("select count(*)" + FROM + "where u.parent_id = :parent and " + VALID_ON)
			.param("parent", parentId).param("on", on).query(Long.class).single();
	}

	/** Children of {@code parentId} in force at some day outside [from, to] (null bounds are open). */
	long countChildrenOutside(long parentId, LocalDate from, LocalDate to) {
		return jdbc.sql("""
				select count(*) from org_unit u where u.parent_id = :parent and (
				    (cast(:to as date) is not null and (u.valid_to is null or u.valid_to > :to))
				 or (cast(:from as date) is not null and (u.valid_from is null or u.valid_from < :from)))
				""")
			.param("parent", parentId)
			.param("from", from)
			.param("to", to)
			.query(Long.class)
			.single();
	}

	/** From the top down to the unit itself. */
	List<Unit> lineage(String path) {
		return jdbc.sql("select " + COLUMNS + FROM + "where u.path @> cast(:path as ltree) order by u.level")
			.param("path", path)
			.query(UnitRepository::unit)
			.list();
	}

	/**
	 * Units whose name contains the query once both are folded and stripped of separators; names
	 * that end with it ("Huyện Đắk Glei" for "dak glei") come first, then units in force, upper levels first.
	 */
	PageOf<Unit> search(String query, Scope scope, LocalDate on, PageRequest page) {
		String compact = VietnameseText.compact(query);
		if (compact.isEmpty()) {
			return new PageOf<>(List.of(), page.page(), page.size(), 0);
		}
		String where = "where u.name_compact like :contains"
				+ (scope.everything() ? "" : " and u.path <@ cast(:scope as ltree[])")
				+ (on == null ? "" : " and " + VALID_ON);
		var count = jdbc.sql("select count(*)" + FROM + where).param("contains", "%" + compact + "%");
		var select = jdbc.sql("select " + COLUMNS + FROM + where + """

				order by (u.name_compact like :endsWith) desc, (u.valid_to is null) desc, u.level, u.name_sort
				limit :limit offset :offset""")
			.param("contains", "%" + compact + "%")
			.param("endsWith", "%" + compact)
			.param("limit", page.size())
			.param("offset", page.offset());
		if (!scope.everything()) {
			count = count.param("scope", scope.sqlArray());
			select = select.param("scope", scope.sqlArray());
		}
		if (on != null) {
			count = count.param("on", on);
			select = select.param("on", on);
		}
		long total = count.query(Long.class).single();
		return new PageOf<>(select.query(UnitRepository::unit).list(), page.page(), page.size(), total);
	}

	/** The home unit and, through confirmed successions, every unit that merged into it, as paths. */
	List<String> scopePaths(long homeUnitId) {
		return jdbc.sql("""
				with recursive scope_units(id, path) as (
				    select id, path from org_unit where id = :home
				    union
				    select p.id, p.path from org_unit_succession s
				    join org_unit p on p.id = s.predecessor_id
				    join scope_units su on su.id = s.successor_id
				    where s.confirmed_at is not null
				)
				select path::text from scope_units order by path
				""")
			.param("home", homeUnitId)
			.query(String.class)
			.list();
	}

	long nextId() {
		return jdbc.sql("select nextval(pg_get_serial_sequence('org_unit', 'id'))").query(Long.class).single();
	}

	void insert(long id, NewUnit unit, String path) {
		jdbc.sql("""
				insert into org_unit (id, code, name, type, level, parent_id, path, province_code, valid_from, valid_to,
				                      source, note, name_folded, name_compact, name_sort)
				values (:id, :code, :name, :type, :level, :parent, cast(:path as ltree), :province, :from, :to,
				        :source, :note, :folded, :compact, :sort)
				""")
			.param("id", id)
			.param("code", unit.code())
			.param("name", unit.name())
			.param("type", unit.type())
			.param("level", unit.level().number())
			.param("parent", unit.parentId())
			.param("path", path)
			.param("province", unit.provinceCode())
			.param("from", unit.validFrom())
			.param("to", unit.validTo())
			.param("source", unit.official() ? "OFFICIAL" : "LOCAL")
			.param("note", unit.note())
			.param("folded", VietnameseText.fold(unit.name()))
			.param("compact", VietnameseText.compact(unit.name()))
			.param("sort", VietnameseCollator.sortKey(unit.name()))
			.update();
	}

	/** Changes what may change of a unit; false when someone else changed it first. */
	boolean update(long id, int version, UnitChange change) {
		return jdbc.sql("""
				update org_unit set code = :code, name = :name, type = :type, valid_from = :from, valid_to = :to,
				       note = :note, name_folded = :folded, name_compact = :compact, name_sort = :sort,
				       updated_at = now(), version = version + 1
				where id = :id and version = :version
				""")
			.param("id", id)
			.param("version", version)
			.param("code", change.code())
			.param("name", change.name())
			.param("type", change.type())
			.param("from", change.validFrom())
			.param("to", change.validTo())
			.param("note", change.note())
			.param("folded", VietnameseText.fold(change.name()))
			.param("compact", VietnameseText.compact(change.name()))
			.param("sort", VietnameseCollator.sortKey(change.name()))
			.update() == 1;
	}

	int version(long id) {
		return jdbc.sql("select version from org_unit where id = :id").param("id", id).query(Integer.class).single();
	}

	static Unit unit(ResultSet rs, int rowNum) throws SQLException {
		return new Unit(rs.getLong("id"), rs.getString("code"), rs.getString("name"), rs.getString("type"),
				UnitLevel.of(rs.getInt("level")), (Long) rs.getObject("parent_id"), rs.getString("parent_code"),
				rs.getString("path"), rs.getString("province_code"), rs.getObject("valid_from", LocalDate.class),
				rs.getObject("valid_to", LocalDate.class), "OFFICIAL".equals(rs.getString("source")),
				rs.getString("note"));
	}
}
