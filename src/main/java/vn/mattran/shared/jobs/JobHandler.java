package vn.mattran.shared.jobs;

/**
 * Does one kind of long work. {@link #run} may be called again after a restart for a job that did
 * not finish: it continues from {@code job.done()}, and each step it reports through
 * {@link JobProgress#step} is committed together with the work of that step.
 */
public interface JobHandler {

	String kind();

	/** Does the work; returns the link to show when it is done (or null). */
	String run(Job job, JobProgress progress);
}
