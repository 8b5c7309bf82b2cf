package vn.mattran.planning;

/** A task's status as a person sees it on a day: the stored status, or overdue when a report is late. */
public enum TaskState {
	ASSIGNED, IN_PROGRESS, REPORTED, ACCEPTED, RETURNED, OVERDUE
}
