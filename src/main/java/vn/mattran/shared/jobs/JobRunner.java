package vn.mattran.shared.jobs;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.mattran.shared.error.UserFacingException;
import vn.mattran.shared.security.MattranUser;
import vn.mattran.shared.security.SystemUser;

/**
 * Runs queued jobs one after another, as their owners. A job whose process died (no heartbeat for
 * a minute) is taken up again and continues from its last committed step; one that failed three
 * times is given up with a message.
 */
@Component
public class JobRunner {

	private static final Logger log = LoggerFactory.getLogger(JobRunner.class);
	static final int MAX_ATTEMPTS = 3;

	private final JdbcClient jdbc;
	private final Map<String, JobHandler> handlers;
	private final JobOwners owners;

	JobRunner(JdbcClient jdbc, List<JobHandler> handlers, JobOwners owners) {
		this.jdbc = jdbc;
		this.handlers = handlers.stream().collect(Collectors.toMap(JobHandler::kind, Function.identity()));
		this.owners = owners;
	}

	/** Spring's scheduler drives the runner (and the planning reminders). */
	@Configuration(proxyBeanMethods = false)
	@EnableScheduling
	static class Scheduling {
	}

	@Scheduled(fixedDelayString = "${mattran.jobs.poll-ms:500}", initialDelayString = "${mattran.jobs.start-ms:2000}")
	public void runWaiting() {
		Optional<Job> next;
		while ((next = claim()).isPresent()) {
			run(next.get());
		}
	}

	private Optional<Job> claim() {
		return jdbc.sql("""
				update shared_job set status = 'RUNNING', heartbeat_at = now(), attempts = attempts + 1
				where id = (select id from shared_job
				            where status = 'QUEUED' or (status = 'RUNNING' and heartbeat_at < now() - interval '1 minute')
				            order by id limit 1 for update skip locked)
				returning id
				""")
			.query(Long.class)
			.optional()
			.flatMap(id -> jdbc.sql("select j.*, j.unit_path::text as unit_path from shared_job j where id = :id")
				.param("id", id)
				.query(Jobs::job)
				.optional());
	}

	void run(Job job) {
		int attempts = jdbc.sql("select attempts from shared_job where id = ?").params(job.id()).query(Integer.class)
			.single();
		JobHandler handler = handlers.get(job.kind());
		if (handler == null) {
			fail(job, "job.error.unknownKind", job.kind());
			return;
		}
		if (attempts > MAX_ATTEMPTS) {
			fail(job, "job.error.gaveUp", String.valueOf(MAX_ATTEMPTS));
			return;
		}
		Optional<MattranUser> owner = job.ownerId() == null ? Optional.empty() : owners.principal(job.ownerId());
		if (job.ownerId() != null && owner.isEmpty()) {
			fail(job, "job.error.ownerGone", job.ownerName());
			return;
		}
		try {
			JobProgress progress = progress(job.id(), attempts);
			String link = owner.isPresent() ? SystemUser.as(owner.get(), () -> handler.run(job, progress))
					: SystemUser.call(() -> handler.run(job, progress));
			jdbc.sql("""
					update shared_job set status = 'DONE', result_link = :link, finished_at = now(), done = greatest(done, total)
					where id = :id and attempts = :attempts
					""").param("link", link).param("id", job.id()).param("attempts", attempts).update();
		}
		catch (TakenOver e) {
			log.warn("Job {} was taken up by another runner; this one stops", job.id());
		}
		catch (UserFacingException e) {
			// Kept as text: a failed job's message is shown with its arguments as given (ids, rows, names).
			String[] args = Arrays.stream(e.args()).map(String::valueOf).toArray(String[]::new);
			fail(job, e.messageKey(), args);
		}
		catch (RuntimeException e) {
			log.error("Job {} ({}) failed", job.id(), job.kind(), e);
			fail(job, "job.error.unexpected", String.valueOf(job.id()));
		}
	}

	private void fail(Job job, String key, String... args) {
		jdbc.sql("""
				update shared_job set status = 'FAILED', message_key = :key, message_args = :args,
				       finished_at = now()
				where id = :id
				""")
			.param("key", key)
			.param("args", String.join(Jobs.SEPARATOR, args))
			.param("id", job.id())
			.update();
	}

	/** Raised in a step when another runner has claimed the job since: the step's transaction is undone. */
	static class TakenOver extends RuntimeException {

		TakenOver(long id) {
			super("job " + id + " was claimed again");
		}
	}

	/** Progress fenced by the claim: a runner whose claim was taken over cannot write a step. */
	private JobProgress progress(long id, int claim) {
		return new JobProgress() {

			@Override
			public void total(int total) {
				jdbc.sql("update shared_job set total = :total, heartbeat_at = now() where id = :id and attempts = :claim")
					.param("total", total).param("id", id).param("claim", claim).update();
			}

			@Override
			public void step(int done) {
				int updated = jdbc.sql("""
						update shared_job set done = :done, heartbeat_at = now() where id = :id and attempts = :claim
						""").param("done", done).param("id", id).param("claim", claim).update();
				if (updated == 0) {
					throw new TakenOver(id);
				}
			}
		};
	}
}
