package vn.mattran.organization.internal.units;

import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Who took over from whom: the official mapping's suggestions and the confirmations people made. */
@Repository
class SuccessionRepository {

	private final JdbcClient jdbc;

	SuccessionRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Succession> successorsOf(long unitId) {
		return linked("s.predecessor_id = :unit", "u.id = s.successor_id", unitId);
	}

	List<Succession> predecessorsOf(long unitId) {
		return linked("s.successor_id = :unit", "u.id = s.predecessor_id", unitId);
	}

	private List<Succession> linked(String condition, String join, long unitId) {
		return jdbc.sql("select " + UnitRepository.COLUMNS + """
				, s.source, s.confirmed_at, s.confirmed_by
				from org_unit_succession s
				join org_unit u on %s
				left join org_unit p on p.id = u.parent_id
				where %s
				order by u.name_sort
				""".formatted(join, condition))
			.param("unit", unitId)
			.query((rs, n) -> new Succession(UnitRepository.unit(rs, n), rs.getString("source"),
					rs.getObject("confirmed_at", OffsetDateTime.class), rs.getString("confirmed_by")))
			.list();
	}

	boolean confirm(long predecessorId, long successorId, String by) {
		return jdbc.sql("""
				update org_unit_succession set confirmed_at = now(), confirmed_by = :by
				where predecessor_id = :pred and successor_id = :succ and confirmed_at is null
				""")
			.param("pred", predecessorId)
			.param("succ", successorId)
			.param("by", by)
			.update() == 1;
	}

	/** Adds a confirmed link, or confirms the suggestion that already names the same pair. */
	void addConfirmed(long predecessorId, long successorId, String by) {
		jdbc.sql("""
				insert into org_unit_succession (predecessor_id, successor_id, source, confirmed_at, confirmed_by)
				values (:pred, :succ, 'MANUAL', now(), :by)
				on conflict (predecessor_id, successor_id)
				do update set confirmed_at = coalesce(org_unit_succession.confirmed_at, now()),
				              confirmed_by = coalesce(org_unit_succession.confirmed_by, :by)
				""")
			.param("pred", predecessorId)
			.param("succ", successorId)
			.param("by", by)
			.update();
	}
}
