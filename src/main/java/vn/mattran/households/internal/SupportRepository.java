package vn.mattran.households.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.mattran.households.Need;
import vn.mattran.households.Support;
import vn.mattran.households.SupportDraft;
import vn.mattran.households.SupportKind;
import vn.mattran.shared.text.VietnameseText;

/** Supports received and needs open or met. */
@Repository
class SupportRepository {

	private static final String SUPPORT = """
			select id, household_id, kind, amount, value_note, given_on, giver, from_fund, need_id, recorded_by
			from hh_support
			""";

	private final JdbcClient jdbc;

	SupportRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The new row's id, or empty when a support from the same source is already recorded. */
	Optional<Long> insert(SupportDraft draft, String by) {
		return jdbc.sql("""
				insert into hh_support (household_id, kind, amount, value_note, given_on, giver, giver_folded, from_fund,
				                        source, need_id, recorded_by)
				values (:household, :kind, :amount, :note, :on, :giver, :folded, :fund, :source, :need, :by)
				on conflict (source) do nothing
				returning id
				""")
			.param("household", draft.householdId())
			.param("kind", draft.kind().name())
			.param("amount", draft.amount())
			.param("note", draft.valueNote())
			.param("on", draft.givenOn())
			.param("giver", draft.giver())
			.param("folded", VietnameseText.fold(draft.giver()))
			.param("fund", draft.fromFund())
			.param("source", draft.source())
			.param("need", draft.needId())
			.param("by", by)
			.query(Long.class)
			.optional();
	}

	Optional<Support> bySource(String source) {
		return jdbc.sql(SUPPORT + "where source = :source").param("source", source).query(this::support).optional();
	}

	List<Support> ofHouseholds(List<Long> ids) {
		return jdbc.sql(SUPPORT + "where household_id in (:ids) order by given_on desc, id desc")
			.param("ids", ids)
			.query(this::support)
			.list();
	}

	long insertNeed(long householdId, SupportKind kind, String description, LocalDate openedOn, String by) {
		return jdbc.sql("""
				insert into hh_need (household_id, kind, description, opened_on, created_by)
				values (:household, :kind, :description, :on, :by) returning id
				""")
			.param("household", householdId)
			.param("kind", kind.name())
			.param("description", description)
			.param("on", openedOn)
			.param("by", by)
			.query(Long.class)
			.single();
	}

	Optional<Need> need(long id) {
		return jdbc.sql("select id, household_id, kind, description, opened_on, met_on from hh_need where id = :id")
			.param("id", id)
			.query(this::needRow)
			.optional();
	}

	/** Marks a need met on that day, if it is still open. */
	void meetNeed(long id, LocalDate on) {
		jdbc.sql("update hh_need set met_on = :on where id = :id and met_on is null").param("on", on).param("id", id)
			.update();
	}

	List<Need> needsOf(List<Long> ids) {
		return jdbc.sql("""
				select id, household_id, kind, description, opened_on, met_on from hh_need
				where household_id = any(cast(:ids as bigint[])) order by met_on nulls first, opened_on desc, id
				""")
			.param("ids", HouseholdRepository.longArray(ids))
			.query(this::needRow)
			.list();
	}

	private Support support(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new Support(rs.getLong("id"), rs.getLong("household_id"), SupportKind.valueOf(rs.getString("kind")),
				(Long) rs.getObject("amount"), rs.getString("value_note"), rs.getObject("given_on", LocalDate.class),
				rs.getString("giver"), rs.getBoolean("from_fund"), (Long) rs.getObject("need_id"),
				rs.getString("recorded_by"));
	}

	private Need needRow(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new Need(rs.getLong("id"), rs.getLong("household_id"), SupportKind.valueOf(rs.getString("kind")),
				rs.getString("description"), rs.getObject("opened_on", LocalDate.class),
				rs.getObject("met_on", LocalDate.class));
	}
}
