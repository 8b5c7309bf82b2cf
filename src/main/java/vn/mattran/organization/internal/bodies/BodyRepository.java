package vn.mattran.organization.internal.bodies;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.mattran.organization.Body;
import vn.mattran.organization.BodyKind;
import vn.mattran.shared.text.VietnameseText;

/** Bodies in the database, each with the path of its unit for scope checks. */
@Repository
class BodyRepository {

	private static final String SELECT = """
			select b.id, b.unit_id, b.parent_body_id, b.kind, b.name, b.abbreviation, b.valid_from, b.valid_to,
			       b.version, u.path::text as unit_path
			from org_body b join org_unit u on u.id = b.unit_id
			""";
	private static final String KIND_ORDER = """
			array_position(array['COMMITTEE','STANDING_BOARD','DEPARTMENT','FUND_BOARD','WORKING_GROUP',
			                     'MEMBER_ORGANIZATION','AGENCY'], b.kind)
			""";

	private final JdbcClient jdbc;

	BodyRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Located<Body>> byId(long id) {
		return jdbc.sql(SELECT + "where b.id = :id").param("id", id).query(BodyRepository::located).optional();
	}

	List<Body> ofUnit(long unitId) {
		return jdbc.sql(SELECT + "where b.unit_id = :unit order by " + KIND_ORDER + ", b.name_folded")
			.param("unit", unitId)
			.query((rs, n) -> body(rs))
			.list();
	}

	long insert(BodyDraft draft) {
		return jdbc.sql("""
				insert into org_body (unit_id, parent_body_id, kind, name, abbreviation, name_folded, valid_from, valid_to)
				values (:unit, :parent, :kind, :name, :abbreviation, :folded, :from, :to)
				returning id
				""")
			.param("unit", draft.unitId())
			.param("parent", draft.parentBodyId())
			.param("kind", draft.kind().name())
			.param("name", draft.name())
			.param("abbreviation", draft.abbreviation())
			.param("folded", VietnameseText.fold(draft.name()))
			.param("from", draft.validFrom())
			.param("to", draft.validTo())
			.query(Long.class)
			.single();
	}

	boolean update(long id, int version, BodyDraft draft) {
		return jdbc.sql("""
				update org_body set parent_body_id = :parent, kind = :kind, name = :name, abbreviation = :abbreviation,
				       name_folded = :folded, valid_from = :from, valid_to = :to, updated_at = now(), version = version + 1
				where id = :id and version = :version
				""")
			.param("id", id)
			.param("version", version)
			.param("parent", draft.parentBodyId())
			.param("kind", draft.kind().name())
			.param("name", draft.name())
			.param("abbreviation", draft.abbreviation())
			.param("folded", VietnameseText.fold(draft.name()))
			.param("from", draft.validFrom())
			.param("to", draft.validTo())
			.update() == 1;
	}

	private static Located<Body> located(ResultSet rs, int rowNum) throws SQLException {
		return new Located<>(body(rs), rs.getString("unit_path"), rs.getInt("version"));
	}

	private static Body body(ResultSet rs) throws SQLException {
		return new Body(rs.getLong("id"), rs.getLong("unit_id"), (Long) rs.getObject("parent_body_id"),
				BodyKind.valueOf(rs.getString("kind")), rs.getString("name"), rs.getString("abbreviation"),
				rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_to", LocalDate.class));
	}
}
