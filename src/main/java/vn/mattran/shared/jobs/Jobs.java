package vn.mattran.shared.jobs;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.mattran.shared.error.UserFacingException;
import vn.mattran.shared.security.CurrentUser;
import vn.mattran.shared.security.MattranUser;
import vn.mattran.shared.security.SystemUser;

/** Queues long work for the {@link JobRunner} and tells its owner how far it got. */
@Service
public class Jobs {

	private static final String SELECT = """
			select id, kind, owner_id, owner_name, unit_path::text as unit_path, title, payload, status, done, total,
			       result_link, message_key, message_args, created_at, finished_at
			from shared_job
			""";

	static final String SEPARATOR = "\u001F";

	private final JdbcClient jdbc;

	Jobs(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Queues work for the current user; it starts within a second. */
	@Transactional
	public Job submit(String kind, String title, String unitPath, String payload) {
		MattranUser owner = CurrentUser.get().orElseThrow();
		long id = jdbc.sql("""
				insert into shared_job (kind, owner_id, owner_name, unit_path, title, payload)
				values (:kind, :ownerId, :owner, cast(:path as ltree), :title, :payload) returning id
				""")
			.param("kind", kind)
			.param("ownerId", SystemUser.is(owner) ? null : owner.id())
			.param("owner", owner.getUsername())
			.param("path", unitPath)
			.param("title", title)
			.param("payload", payload)
			.query(Long.class)
			.single();
		return find(id).orElseThrow();
	}

	/** The job, for its owner only (another user's job answers 403). */
	@Transactional(readOnly = true)
	public Job get(long id) {
		Job job = find(id).orElseThrow(() -> UserFacingException.notFound("job.error.notFound", String.valueOf(id)));
		String me = CurrentUser.actorName();
		if (!job.ownerName().equals(me)) {
			throw UserFacingException.forbidden("job.error.notYours", job.title());
		}
		return job;
	}

	Optional<Job> find(long id) {
		return jdbc.sql(SELECT + "where id = :id").param("id", id).query(Jobs::job).optional();
	}

	static Job job(ResultSet rs, int row) throws SQLException {
		String args = rs.getString("message_args");
		List<String> messageArgs = args == null ? List.of() : Arrays.asList(args.split(SEPARATOR, -1));
		return new Job(rs.getLong("id"), rs.getString("kind"), (Long) rs.getObject("owner_id"),
				rs.getString("owner_name"), rs.getString("unit_path"), rs.getString("title"), rs.getString("payload"),
				Job.Status.valueOf(rs.getString("status")), rs.getInt("done"), rs.getInt("total"),
				rs.getString("result_link"), rs.getString("message_key"), messageArgs,
				rs.getObject("created_at", OffsetDateTime.class), rs.getObject("finished_at", OffsetDateTime.class));
	}
}
