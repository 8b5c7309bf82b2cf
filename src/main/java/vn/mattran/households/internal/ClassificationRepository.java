package vn.mattran.households.internal;

import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.mattran.households.Classification;
import vn.mattran.households.ClassificationRecord;

/** Classifications per household and year; rows are added and withdrawn, never rewritten or deleted. */
@Repository
class ClassificationRepository {

	private final JdbcClient jdbc;

	ClassificationRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void add(long householdId, int year, Classification kind, String note, Long reviewId, String by) {
		jdbc.sql("""
				insert into hh_classification (household_id, year, kind, note, review_id, added_by)
				values (:household, :year, :kind, :note, :review, :by)
				on conflict (household_id, year, kind) where withdrawn_at is null do nothing
				""")
			.param("household", householdId)
			.param("year", year)
			.param("kind", kind.name())
			.param("note", note)
			.param("review", reviewId)
			.param("by", by)
			.update();
	}

	int withdraw(long householdId, int year, Classification kind, String why, String by) {
		return jdbc.sql("""
				update hh_classification set withdrawn_by = :by, withdrawn_at = now(), withdrawn_why = :why
				where household_id = :household and year = :year and kind = :kind and withdrawn_at is null
				""")
			.param("by", by)
			.param("why", why)
			.param("household", householdId)
			.param("year", year)
			.param("kind", kind.name())
			.update();
	}

	Set<Classification> held(long householdId, int year) {
		Set<Classification> kinds = EnumSet.noneOf(Classification.class);
		jdbc.sql("select kind from hh_classification where household_id = :household and year = :year and withdrawn_at is null")
			.param("household", householdId)
			.param("year", year)
			.query(String.class)
			.list()
			.forEach(kind -> kinds.add(Classification.valueOf(kind)));
		return kinds;
	}

	/** The whole history of these households (a household and those merged into it), newest year first. */
	List<ClassificationRecord> history(List<Long> householdIds) {
		return jdbc.sql("""
				select id, year, kind, note, review_id, added_by, added_at, withdrawn_by, withdrawn_at, withdrawn_why
				from hh_classification where household_id in (:ids)
				order by year desc, added_at desc, id desc
				""")
			.param("ids", householdIds)
			.query((rs, n) -> new ClassificationRecord(rs.getLong("id"), rs.getInt("year"),
					Classification.valueOf(rs.getString("kind")), rs.getString("note"),
					(Long) rs.getObject("review_id"), rs.getString("added_by"),
					rs.getObject("added_at", OffsetDateTime.class), rs.getString("withdrawn_by"),
					rs.getObject("withdrawn_at", OffsetDateTime.class), rs.getString("withdrawn_why")))
			.list();
	}
}
