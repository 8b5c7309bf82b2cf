package vn.mattran.organization.internal.bodies;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.mattran.organization.Person;
import vn.mattran.shared.security.Scope;
import vn.mattran.shared.text.VietnameseText;
import vn.mattran.shared.web.PageOf;
import vn.mattran.shared.web.PageRequest;

/** People in the database, with the path of their unit for scope checks. */
@Repository
class PersonRepository {

	private static final String SELECT = """
			select pe.id, pe.unit_id, pe.full_name, pe.gender, pe.phone, pe.email, pe.note, pe.version,
			       u.path::text as unit_path
			from org_person pe join org_unit u on u.id = pe.unit_id
			""";

	private final JdbcClient jdbc;

	PersonRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Located<Person>> byId(long id) {
		return jdbc.sql(SELECT + "where pe.id = :id").param("id", id)
			.query((rs, n) -> new Located<>(person(rs), rs.getString("unit_path"), rs.getInt("version")))
			.optional();
	}

	/** People whose name contains the folded query, within scope, by name. */
	PageOf<Person> search(String query, Scope scope, PageRequest page) {
		String where = " where pe.name_folded like :q"
				+ (scope.everything() ? "" : " and u.path <@ cast(:scope as ltree[])");
		String pattern = "%" + VietnameseText.fold(query) + "%";
		var count = jdbc.sql("select count(*) from org_person pe join org_unit u on u.id = pe.unit_id" + where)
			.param("q", pattern);
		var select = jdbc.sql(SELECT + where + " order by pe.name_folded limit :limit offset :offset")
			.param("q", pattern)
			.param("limit", page.size())
			.param("offset", page.offset());
		if (!scope.everything()) {
			count = count.param("scope", scope.sqlArray());
			select = select.param("scope", scope.sqlArray());
		}
		return new PageOf<>(select.query((rs, n) -> person(rs)).list(), page.page(), page.size(),
				count.query(Long.class).single());
	}

	List<Person> ofUnit(long unitId) {
		return jdbc.sql(SELECT + "where pe.unit_id = :unit order by pe.name_folded").param("unit", unitId)
			.query((rs, n) -> person(rs))
			.list();
	}

	long insert(PersonDraft draft) {
		return jdbc.sql("""
				insert into org_person (unit_id, full_name, name_folded, gender, phone, email, note)
				values (:unit, :name, :folded, :gender, :phone, :email, :note) returning id
				""")
			.param("unit", draft.unitId())
			.param("name", draft.fullName())
			.param("folded", VietnameseText.fold(draft.fullName()))
			.param("gender", draft.gender())
			.param("phone", draft.phone())
			.param("email", draft.email())
			.param("note", draft.note())
			.query(Long.class)
			.single();
	}

	boolean update(long id, int version, PersonDraft draft) {
		return jdbc.sql("""
				update org_person set full_name = :name, name_folded = :folded, gender = :gender, phone = :phone,
				       email = :email, note = :note, updated_at = now(), version = version + 1
				where id = :id and version = :version
				""")
			.param("id", id)
			.param("version", version)
			.param("name", draft.fullName())
			.param("folded", VietnameseText.fold(draft.fullName()))
			.param("gender", draft.gender())
			.param("phone", draft.phone())
			.param("email", draft.email())
			.param("note", draft.note())
			.update() == 1;
	}

	private static Person person(ResultSet rs) throws SQLException {
		return new Person(rs.getLong("id"), rs.getLong("unit_id"), rs.getString("full_name"), rs.getString("gender"),
				rs.getString("phone"), rs.getString("email"), rs.getString("note"));
	}
}
