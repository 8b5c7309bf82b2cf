package vn.mattran.planning;

import java.time.LocalDate;
import java.util.List;

/**
 * What one body must do under one assignment of an issued plan, by its deadline. Whether it is
 * overdue is not stored but computed for a day ({@link #state}): the deadline day itself is still in time.
 */
public record Task(long id, long planId, String planTitle, String planSymbol, String issuerName, String issuerPath,
		String assignmentKey, String heading, List<String> duties, long assigneeBodyId, String assigneeName,
		String assigneePath, LocalDate dueOn, TaskStatus status, LocalDate reportedOn, int version) {

	public Task {
		duties = duties == null ? List.of() : List.copyOf(duties);
	}

	/** Where the task stands on {@code today}: its status, or overdue when a report is still owed after the deadline. */
	public TaskState state(LocalDate today) {
		if (status.open() && dueOn != null && today.isAfter(dueOn)) {
			return TaskState.OVERDUE;
		}
		return TaskState.valueOf(status.name());
	}

	/** Days left until the deadline on {@code today} (0 on the day, negative once past), or null without one. */
	public Long daysLeft(LocalDate today) {
		return dueOn == null ? null : java.time.temporal.ChronoUnit.DAYS.between(today, dueOn);
	}
}
