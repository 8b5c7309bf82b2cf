package vn.mattran.fund.internal;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.mattran.fund.Channel;

/** Uploaded collection lists, kept from the upload until they are imported (then only their outcome). */
@Repository
class DonationImportRepository {

	private final JdbcClient jdbc;

	DonationImportRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record Stored(long fundId, Long driveId, Channel channel, LocalDate receivedOn, String name, byte[] content,
			String mapping, String by, boolean finished, Long jobId) {
	}

	record NewUpload(long fundId, String unitPath, Long driveId, Channel channel, LocalDate receivedOn, String name,
			byte[] content, String mapping, String by) {
	}

	Optional<Stored> find(long id) {
		return jdbc.sql("""
				select fund_id, drive_id, channel, received_on, file_name, content, mapping::text, created_by,
				       finished_at is not null, job_id
				from fund_import where id = :id
				""")
			.param("id", id)
			.query((rs, n) -> new Stored(rs.getLong(1), (Long) rs.getObject(2), Channel.valueOf(rs.getString(3)),
					rs.getObject(4, LocalDate.class), rs.getString(5), rs.getBytes(6), rs.getString(7), rs.getString(8),
					rs.getBoolean(9), (Long) rs.getObject(10)))
			.optional();
	}

	long insert(NewUpload u) {
		return jdbc.sql("""
				insert into fund_import (fund_id, unit_path, drive_id, channel, received_on, file_name, content, mapping,
				                         created_by)
				values (:fund, cast(:path as ltree), :drive, :channel, :on, :name, :content, cast(:mapping as jsonb), :by)
				returning id
				""")
			.param("fund", u.fundId()).param("path", u.unitPath()).param("drive", u.driveId())
			.param("channel", u.channel().name()).param("on", u.receivedOn()).param("name", u.name())
			.param("content", u.content()).param("mapping", u.mapping()).param("by", u.by())
			.query(Long.class)
			.single();
	}

	Optional<Long> fundOf(long id) {
		return jdbc.sql("select fund_id from fund_import where id = :id").param("id", id).query(Long.class).optional();
	}

	/** Holds the upload's row until the transaction ends, so that two clicks on "import" start one job. */
	void lock(long id) {
		jdbc.sql("select id from fund_import where id = :id for update").param("id", id).query(Long.class).optional();
	}

	void setMapping(long id, String mapping) {
		jdbc.sql("update fund_import set mapping = cast(:mapping as jsonb) where id = :id and job_id is null")
			.param("mapping", mapping).param("id", id).update();
	}

	void setJob(long id, long jobId, List<Integer> rows) {
		jdbc.sql("update fund_import set job_id = :job, good_rows = :rows where id = :id")
			.param("job", jobId).param("rows", rows.toArray(Integer[]::new)).param("id", id).update();
	}

	Set<Integer> agreedRows(long id) {
		return new HashSet<>(jdbc.sql("select unnest(good_rows) from fund_import where id = :id").param("id", id)
			.query(Integer.class).list());
	}

	/** Sources of the rows of this upload already recorded (by a run whose commit got through). */
	Set<String> recordedSources(long id) {
		return new HashSet<>(jdbc.sql("select source from fund_donation where source like :prefix")
			.param("prefix", DonationImport.source(id, 0).replace(":row:0", ":row:%")).query(String.class).list());
	}

	/** Done: the count kept, the file itself forgotten (donor lists carry names and phones). */
	void finish(long id, long imported) {
		jdbc.sql("update fund_import set finished_at = now(), imported = :n, content = '\\x'::bytea where id = :id")
			.param("n", imported).param("id", id).update();
	}

	void forgetOlderThan(int days) {
		jdbc.sql("""
				update fund_import set content = '\\x'::bytea
				where finished_at is null and job_id is null and length(content) > 0
				  and created_at < now() - make_interval(days => :days)
				""").param("days", days).update();
	}

	DonationImport.Stored stored(long id) {
		return jdbc.sql("""
				select count(*), coalesce(sum(amount), 0),
				       (array_agg(receipt_number order by receipt_year, receipt_serial))[1],
				       (array_agg(receipt_number order by receipt_year desc, receipt_serial desc))[1]
				from fund_donation where source like :prefix
				""")
			.param("prefix", DonationImport.source(id, 0).replace(":row:0", ":row:%"))
			.query((rs, n) -> new DonationImport.Stored(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4)))
			.single();
	}
}
