package vn.mattran.shared.jobs;

/** What a handler tells while it works. */
public interface JobProgress {

	/** How much there is to do in all. */
	void total(int total);

	/**
	 * Records that {@code done} units are done, in the transaction that did them: call it inside the
	 * step's transaction so that a restart continues after the last committed step.
	 */
	void step(int done);
}
