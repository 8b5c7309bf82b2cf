package vn.mattran.planning;

/** Where a task stands. Overdue is not stored: {@link Task#state} computes it from the deadline. */
public enum TaskStatus {
	ASSIGNED, IN_PROGRESS, REPORTED, ACCEPTED, RETURNED;

	/** The assignee still owes a report. */
	public boolean open() {
		return this == ASSIGNED || this == IN_PROGRESS || this == RETURNED;
	}
}
