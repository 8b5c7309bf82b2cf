package vn.mattran.planning;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A task is overdue only after its deadline day (in Vietnam), and only while a report is owed. */
class TaskStateTests {

	private static final LocalDate DUE = LocalDate.of(2023, 10, 5);

	@Test
	void theDeadlineDayItselfIsStillInTime() {
		assertThat(task(TaskStatus.ASSIGNED).state(DUE.minusDays(1))).isEqualTo(TaskState.ASSIGNED);
		assertThat(task(TaskStatus.ASSIGNED).state(DUE)).isEqualTo(TaskState.ASSIGNED);
		assertThat(task(TaskStatus.IN_PROGRESS).state(DUE)).isEqualTo(TaskState.IN_PROGRESS);
	}

	@Test
	void theDayAfterItIsOverdueWhileAReportIsOwed() {
		assertThat(task(TaskStatus.ASSIGNED).state(DUE.plusDays(1))).isEqualTo(TaskState.OVERDUE);
		assertThat(task(TaskStatus.IN_PROGRESS).state(DUE.plusDays(1))).isEqualTo(TaskState.OVERDUE);
		assertThat(task(TaskStatus.RETURNED).state(DUE.plusDays(30))).isEqualTo(TaskState.OVERDUE);
	}

	@Test
	void aReportedOrAcceptedTaskIsNeverOverdue() {
		assertThat(task(TaskStatus.REPORTED).state(DUE.plusDays(1))).isEqualTo(TaskState.REPORTED);
		assertThat(task(TaskStatus.ACCEPTED).state(DUE.plusYears(1))).isEqualTo(TaskState.ACCEPTED);
	}

	@Test
	void daysLeftCountsToTheDeadline() {
		assertThat(task(TaskStatus.ASSIGNED).daysLeft(DUE.minusDays(3))).isEqualTo(3);
		assertThat(task(TaskStatus.ASSIGNED).daysLeft(DUE)).isZero();
		assertThat(task(TaskStatus.ASSIGNED).daysLeft(DUE.plusDays(2))).isEqualTo(-2);
	}

	private static Task task(TaskStatus status) {
		return new Task(1, 1, "Kế hoạch", "50/KH-MTTQ-BTT", "Ban Thường trực", "1", "btt-xa", "Ban Thường trực xã",
				List.of(), 2, "Ban Thường trực xã Bát Trang", "1.2", DUE, status, null, 0);
	}
}
