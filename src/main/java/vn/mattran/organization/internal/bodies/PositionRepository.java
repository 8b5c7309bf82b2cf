package vn.mattran.organization.internal.bodies;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.mattran.organization.Position;

/** Who holds which position in which body, and when. */
@Repository
class PositionRepository {

	private static final String SELECT = """
			select po.id, po.person_id, pe.full_name, po.body_id, b.name as body_name, po.title, po.valid_from, po.valid_to,
			       u.path::text as unit_path
			from org_position po
			join org_person pe on pe.id = po.person_id
			join org_body b on b.id = po.body_id
			join org_unit u on u.id = b.unit_id
			""";

	private final JdbcClient jdbc;

	PositionRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Located<Position>> byId(long id) {
		return jdbc.sql(SELECT + "where po.id = :id").param("id", id)
			.query((rs, n) -> new Located<>(position(rs), rs.getString("unit_path"), 0))
			.optional();
	}

	List<Position> ofBody(long bodyId) {
		return jdbc.sql(SELECT + "where po.body_id = :body order by (po.valid_to is null) desc, po.valid_from desc nulls last, pe.name_folded")
			.param("body", bodyId)
			.query((rs, n) -> position(rs))
			.list();
	}

	List<Position> ofPerson(long personId) {
		return jdbc.sql(SELECT + "where po.person_id = :person order by po.valid_from desc nulls last")
			.param("person", personId)
			.query((rs, n) -> position(rs))
			.list();
	}

	long insert(long personId, long bodyId, String title, LocalDate from, LocalDate to) {
		return jdbc.sql("""
				insert into org_position (person_id, body_id, title, valid_from, valid_to)
				values (:person, :body, :title, :from, :to) returning id
				""")
			.param("person", personId)
			.param("body", bodyId)
			.param("title", title)
			.param("from", from)
			.param("to", to)
			.query(Long.class)
			.single();
	}

	void end(long id, LocalDate to) {
		jdbc.sql("update org_position set valid_to = :to where id = :id").param("id", id).param("to", to).update();
	}

	private static Position position(ResultSet rs) throws SQLException {
		return new Position(rs.getLong("id"), rs.getLong("person_id"), rs.getString("full_name"), rs.getLong("body_id"),
				rs.getString("body_name"), rs.getString("title"), rs.getObject("valid_from", LocalDate.class),
				rs.getObject("valid_to", LocalDate.class));
	}
}
