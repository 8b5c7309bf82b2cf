package vn.mattran.shared.jobs;

import java.time.OffsetDateTime;
import java.util.List;

/** A piece of long work: what it is, whose, how far it got, and how it ended. */
public record Job(long id, String kind, Long ownerId, String ownerName, String unitPath, String title, String payload,
		Status status, int done, int total, String resultLink, String messageKey, List<String> messageArgs,
		OffsetDateTime createdAt, OffsetDateTime finishedAt) {

	public enum Status {
		QUEUED, RUNNING, DONE, FAILED
	}

	public Job {
		messageArgs = messageArgs == null ? List.of() : List.copyOf(messageArgs);
	}

	public boolean finished() {
		return status == Status.DONE || status == Status.FAILED;
	}

	/** Percent done, 0–100. */
	public int percent() {
		return total <= 0 ? (finished() ? 100 : 0) : (int) Math.min(100, done * 100L / total);
	}
}
