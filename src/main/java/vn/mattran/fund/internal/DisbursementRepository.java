package vn.mattran.fund.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.mattran.fund.Channel;
import vn.mattran.fund.Disbursement;
import vn.mattran.fund.DisbursementStatus;
import vn.mattran.households.SupportKind;

/** Support payments and their proofs of receipt. */
@Repository
class DisbursementRepository {

	private static final String COLUMNS = """
			id, fund_id, household_id, project_id, recipient, unit_id, unit_path::text as unit_path, support_kind, amount,
			channel, reason, drive_id, status, proposed_by, proposed_on, approved_by, approved_on, paid_on, entry_id,
			acknowledged_on, proof_name, note, need_id
			""";

	private final JdbcClient jdbc;

	DisbursementRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record NewDisbursement(long fundId, Long householdId, Long projectId, String recipient, long unitId, String unitPath,
			SupportKind kind, long amount, Channel channel, String reason, Long driveId, Long needId, String proposedBy,
			LocalDate proposedOn) {
	}

	record Proof(String name, String type, byte[] content) {
	}

	Optional<Disbursement> find(long id) {
		return jdbc.sql("select " + COLUMNS + " from fund_disbursement where id = :id").param("id", id)
			.query(DisbursementRepository::row).optional();
	}

	String unitPath(long id) {
		return jdbc.sql("select unit_path::text from fund_disbursement where id = :id").param("id", id)
			.query(String.class).single();
	}

	List<Disbursement> ofFund(long fundId, DisbursementStatus status, int limit, long offset) {
		return jdbc.sql("select " + COLUMNS + " from fund_disbursement where fund_id = :fund"
				+ (status == null ? "" : " and status = :status") + " order by proposed_on desc, id desc limit :limit offset :offset")
			.param("fund", fundId).param("status", status == null ? null : status.name()).param("limit", limit)
			.param("offset", offset).query(DisbursementRepository::row).list();
	}

	long countOfFund(long fundId, DisbursementStatus status) {
		return jdbc.sql("select count(*) from fund_disbursement where fund_id = :fund"
				+ (status == null ? "" : " and status = :status"))
			.param("fund", fundId).param("status", status == null ? null : status.name()).query(Long.class).single();
	}

	List<Disbursement> ofProject(long projectId) {
		return jdbc.sql("select " + COLUMNS + " from fund_disbursement where project_id = :project order by id")
			.param("project", projectId).query(DisbursementRepository::row).list();
	}

	/** What proposed and approved payments keep aside from the fund's money, by channel's account. */
	long reserved(long fundId, Channel channel) {
		return jdbc.sql("""
				select coalesce(sum(amount), 0) from fund_disbursement
				where fund_id = :fund and channel = :channel and status in ('PROPOSED', 'APPROVED')
				""").param("fund", fundId).param("channel", channel.name()).query(Long.class).single();
	}

	long insert(NewDisbursement d) {
		return jdbc.sql("""
				insert into fund_disbursement (fund_id, household_id, project_id, recipient, unit_id, unit_path, support_kind,
				    amount, channel, reason, drive_id, need_id, status, proposed_by, proposed_on)
				values (:fund, :household, :project, :recipient, :unit, cast(:path as ltree), :kind, :amount, :channel, :reason,
				    :drive, :need, 'PROPOSED', :by, :on) returning id
				""").param("fund", d.fundId()).param("household", d.householdId()).param("project", d.projectId())
			.param("recipient", d.recipient()).param("unit", d.unitId()).param("path", d.unitPath())
			.param("kind", d.kind().name()).param("amount", d.amount()).param("channel", d.channel().name())
			.param("reason", d.reason()).param("drive", d.driveId()).param("need", d.needId()).param("by", d.proposedBy()).param("on", d.proposedOn())
			.query(Long.class).single();
	}

	/** Moves a payment on from the status it must be in; false when someone moved it first. */
	boolean move(long id, DisbursementStatus from, DisbursementStatus to, String set, Object... values) {
		var statement = jdbc.sql("update fund_disbursement set status = :to" + (set.isEmpty() ? "" : ", " + set)
				+ " where id = :id and status = :from")
			.param("to", to.name()).param("id", id).param("from", from.name());
		for (int i = 0; i + 1 < values.length; i += 2) {
			statement = statement.param((String) values[i], values[i + 1]);
		}
		return statement.update() == 1;
	}

	Optional<Proof> proof(long id) {
		return jdbc.sql("select proof_name, proof_type, proof from fund_disbursement where id = :id and proof is not null")
			.param("id", id).query((rs, n) -> new Proof(rs.getString(1), rs.getString(2), rs.getBytes(3))).optional();
	}

	static Disbursement row(ResultSet rs, int n) throws SQLException {
		return new Disbursement(rs.getLong("id"), rs.getLong("fund_id"), (Long) rs.getObject("household_id"),
				(Long) rs.getObject("project_id"), rs.getString("recipient"), rs.getLong("unit_id"),
				SupportKind.valueOf(rs.getString("support_kind")), rs.getLong("amount"),
				Channel.valueOf(rs.getString("channel")), rs.getString("reason"), (Long) rs.getObject("drive_id"),
				DisbursementStatus.valueOf(rs.getString("status")), rs.getString("proposed_by"),
				rs.getObject("proposed_on", LocalDate.class), rs.getString("approved_by"),
				rs.getObject("approved_on", LocalDate.class), rs.getObject("paid_on", LocalDate.class),
				(Long) rs.getObject("entry_id"), rs.getObject("acknowledged_on", LocalDate.class),
				rs.getString("proof_name"), rs.getString("note"), (Long) rs.getObject("need_id"));
	}
}
