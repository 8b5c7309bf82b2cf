package vn.mattran.fund.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.mattran.fund.Channel;
import vn.mattran.fund.Drive;

/** Drives with what they collected (kept per collecting unit in fund_drive_total) and their targets. */
@Repository
class DriveRepository {

	private static final String SELECT = """
			select d.*,
			       coalesce((select sum(amount) from fund_drive_total t where t.drive_id = d.id), 0) as collected,
			       coalesce((select sum(count) from fund_drive_total t where t.drive_id = d.id), 0) as donations,
			       coalesce((select amount from fund_target g where g.drive_id = d.id
			                 and g.unit_id = (select unit_id from fund_fund where id = d.fund_id)), 0) as target
			from fund_drive d
			""";

	private final JdbcClient jdbc;

	DriveRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record TargetProgress(long unitId, String unitPath, long target, long collected, long donations) {
	}

	Optional<Drive> find(long id) {
		return jdbc.sql(SELECT + " where d.id = :id").param("id", id).query(DriveRepository::row).optional();
	}

	List<Drive> ofFund(long fundId) {
		return jdbc.sql(SELECT + " where d.fund_id = :fund order by d.starts_on desc, d.id desc").param("fund", fundId)
			.query(DriveRepository::row).list();
	}

	long insert(long fundId, String title, String purpose, LocalDate startsOn, LocalDate endsOn, Long planId,
			Set<Channel> channels, String norm, int divisor, String beneficiary) {
		return jdbc.sql("""
				insert into fund_drive (fund_id, title, purpose, starts_on, ends_on, plan_id, channels, norm,
				                        day_wage_divisor, beneficiary)
				values (:fund, :title, :purpose, :from, :to, :plan, :channels, :norm, :divisor, :beneficiary) returning id
				""").param("fund", fundId).param("title", title).param("purpose", purpose).param("from", startsOn)
			.param("to", endsOn).param("plan", planId)
			.param("channels", channels.stream().map(Channel::name).toArray(String[]::new)).param("norm", norm)
			.param("divisor", divisor).param("beneficiary", beneficiary).query(Long.class).single();
	}

	void setTarget(long driveId, long unitId, String unitPath, long amount) {
		jdbc.sql("""
				insert into fund_target (drive_id, unit_id, unit_path, amount) values (:drive, :unit, cast(:path as ltree), :amount)
				on conflict (drive_id, unit_id) do update set amount = excluded.amount
				""").param("drive", driveId).param("unit", unitId).param("path", unitPath).param("amount", amount).update();
	}

	/** Adds a donation (or takes a voided one off) the collecting unit's running total. */
	void count(long driveId, long unitId, String unitPath, long amount, int donations) {
		jdbc.sql("""
				insert into fund_drive_total (drive_id, unit_id, unit_path, amount, count)
				values (:drive, :unit, cast(:path as ltree), :amount, :count)
				on conflict (drive_id, unit_id) do update
				set amount = fund_drive_total.amount + excluded.amount, count = fund_drive_total.count + excluded.count
				""").param("drive", driveId).param("unit", unitId).param("path", unitPath).param("amount", amount)
			.param("count", donations).update();
	}

	/** Each target with what its unit and every unit below it collected. */
	List<TargetProgress> progress(long driveId) {
		return jdbc.sql("""
				select g.unit_id, g.unit_path::text, g.amount,
				       coalesce(sum(t.amount), 0) as collected, coalesce(sum(t.count), 0) as donations
				from fund_target g
				left join fund_drive_total t on t.drive_id = g.drive_id and t.unit_path <@ g.unit_path
				where g.drive_id = :drive
				group by g.unit_id, g.unit_path, g.amount
				order by g.unit_path
				""").param("drive", driveId)
			.query((rs, n) -> new TargetProgress(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getLong(4),
					rs.getLong(5)))
			.list();
	}

	private static Drive row(ResultSet rs, int n) throws SQLException {
		Set<Channel> channels = EnumSet.noneOf(Channel.class);
		channels.addAll(Arrays.stream((String[]) rs.getArray("channels").getArray()).map(Channel::valueOf)
			.collect(Collectors.toSet()));
		return new Drive(rs.getLong("id"), rs.getLong("fund_id"), rs.getString("title"), rs.getString("purpose"),
				rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class),
				(Long) rs.getObject("plan_id"), channels, rs.getString("norm"), rs.getInt("day_wage_divisor"),
				rs.getString("beneficiary"), rs.getLong("collected"), rs.getLong("donations"), rs.getLong("target"));
	}
}
