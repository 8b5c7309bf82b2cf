package vn.mattran.organization.internal.accounts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.mattran.shared.security.Role;
import vn.mattran.shared.security.Scope;
import vn.mattran.shared.text.VietnameseText;
import vn.mattran.shared.web.PageOf;
import vn.mattran.shared.web.PageRequest;

/** Users in the database. */
@Repository
class UserRepository {

	private static final String SELECT = """
			select us.id, us.username, us.person_id, pe.full_name, us.home_unit_id, u.name as unit_name,
			       u.path::text as unit_path, us.role, us.enabled, us.must_change_password, us.created_at
			from org_user us
			left join org_person pe on pe.id = us.person_id
			left join org_unit u on u.id = us.home_unit_id
			""";

	private final JdbcClient jdbc;

	UserRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<UserAccount> byId(long id) {
		return jdbc.sql(SELECT + "where us.id = :id").param("id", id).query(UserRepository::account).optional();
	}

	Optional<UserAccount> byUsername(String username) {
		return jdbc.sql(SELECT + "where us.username = :name").param("name", username).query(UserRepository::account)
			.optional();
	}

	Optional<String> passwordHash(long id) {
		return jdbc.sql("select password_hash from org_user where id = :id").param("id", id).query(String.class)
			.optional();
	}

	/** The enabled users whose home is the unit, with the e-mail of their person when known. */
	java.util.List<vn.mattran.organization.UnitUser> enabledAt(long unitId) {
		return jdbc.sql("""
				select us.id, us.username, coalesce(pe.full_name, us.username) as name, pe.email, us.role
				from org_user us left join org_person pe on pe.id = us.person_id
				where us.home_unit_id = :unit and us.enabled order by us.username
				""")
			.param("unit", unitId)
			.query((rs, n) -> new vn.mattran.organization.UnitUser(rs.getLong("id"), rs.getString("username"),
					rs.getString("name"), rs.getString("email"), Role.valueOf(rs.getString("role"))))
			.list();
	}

	long count() {
		return jdbc.sql("select count(*) from org_user").query(Long.class).single();
	}

	PageOf<UserAccount> search(String query, Scope scope, PageRequest page) {
		String where = " where (us.username like :q or coalesce(pe.name_folded, '') like :q)"
				+ (scope.everything() ? "" : " and u.path <@ cast(:scope as ltree[])");
		String pattern = "%" + VietnameseText.fold(query).replace(' ', '%') + "%";
		var count = jdbc.sql("select count(*) from org_user us left join org_person pe on pe.id = us.person_id"
				+ " left join org_unit u on u.id = us.home_unit_id" + where).param("q", pattern);
		var select = jdbc.sql(SELECT + where + " order by us.username limit :limit offset :offset")
			.param("q", pattern)
			.param("limit", page.size())
			.param("offset", page.offset());
		if (!scope.everything()) {
			count = count.param("scope", scope.sqlArray());
			select = select.param("scope", scope.sqlArray());
		}
		return new PageOf<>(select.query(UserRepository::account).list(), page.page(), page.size(),
				count.query(Long.class).single());
	}

	long insert(String username, String passwordHash, Long personId, Long homeUnitId, Role role,
			boolean mustChangePassword) {
		return jdbc.sql("""
				insert into org_user (username, password_hash, person_id, home_unit_id, role, must_change_password)
				values (:username, :hash, :person, :unit, :role, :mustChange) returning id
				""")
			.param("username", username)
			.param("hash", passwordHash)
			.param("person", personId)
			.param("unit", homeUnitId)
			.param("role", role.name())
			.param("mustChange", mustChangePassword)
			.query(Long.class)
			.single();
	}

	void setPassword(long id, String passwordHash, boolean mustChange) {
		jdbc.sql("""
				update org_user set password_hash = :hash, must_change_password = :mustChange,
				       password_changed_at = now(), version = version + 1
				where id = :id
				""")
			.param("id", id)
			.param("hash", passwordHash)
			.param("mustChange", mustChange)
			.update();
	}

	void setEnabled(long id, boolean enabled) {
		jdbc.sql("update org_user set enabled = :enabled, version = version + 1 where id = :id")
			.param("id", id)
			.param("enabled", enabled)
			.update();
	}

	private static UserAccount account(ResultSet rs, int rowNum) throws SQLException {
		return new UserAccount(rs.getLong("id"), rs.getString("username"), (Long) rs.getObject("person_id"),
				rs.getString("full_name"), (Long) rs.getObject("home_unit_id"), rs.getString("unit_name"),
				rs.getString("unit_path"), Role.valueOf(rs.getString("role")), rs.getBoolean("enabled"),
				rs.getBoolean("must_change_password"), rs.getObject("created_at", OffsetDateTime.class));
	}
}
