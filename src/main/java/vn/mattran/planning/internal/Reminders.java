package vn.mattran.planning.internal;

import java.time.Clock;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.mattran.planning.Task;
import vn.mattran.shared.format.Formats;
import vn.mattran.shared.security.SystemUser;

/**
 * Each morning, the people of each assignee whose report is due within the next N days
 * (mattran.planning.reminder-days, 3 by default) and still owed are reminded, once per task, even with
 * several instances of the application running.
 */
@Service
public class Reminders {

	private static final Logger log = LoggerFactory.getLogger(Reminders.class);

	private final TaskRepository tasks;
	private final Notifications notifications;
	private final Clock clock;
	private final int days;
	private final org.springframework.transaction.support.TransactionTemplate transaction;

	Reminders(TaskRepository tasks, Notifications notifications, Clock clock,
			@Value("${mattran.planning.reminder-days:3}") int days,
			org.springframework.transaction.support.TransactionTemplate transaction) {
		this.tasks = tasks;
		this.notifications = notifications;
		this.clock = clock;
		this.days = days;
		this.transaction = transaction;
	}

	@Scheduled(cron = "${mattran.planning.reminder-cron:0 0 7 * * *}", zone = "Asia/Ho_Chi_Minh")
	void everyMorning() {
		int sent = SystemUser.call(() -> transaction.execute(status -> remind(LocalDate.now(clock))));
		if (sent > 0) {
			log.info("Reminded {} tasks due within {} days", sent, days);
		}
	}

	/** Reminds the tasks due from {@code today} to {@code today + N}; returns how many. */
	@Transactional
	public int remind(LocalDate today) {
		int reminded = 0;
		for (Task task : tasks.dueBetweenUnreminded(today, today.plusDays(days))) {
			// Claimed first, so that two instances starting at seven do not both remind.
			if (!tasks.claimReminder(task.id(), today)) {
				continue;
			}
			long left = task.daysLeft(today);
			notifications.tell(tasks.assigneeUnit(task.id()), "TASK_DUE_SOON", "%s %s đến hạn báo cáo %s%s: %s, nhiệm vụ “%s”."
				.formatted(task.planSymbol(), task.planTitle(), Formats.date(task.dueOn()),
						left == 0 ? " (hôm nay)" : " (còn " + left + " ngày)", task.assigneeName(), task.heading()),
					"/tasks/" + task.id());
			reminded++;
		}
		return reminded;
	}

	public int days() {
		return days;
	}
}
