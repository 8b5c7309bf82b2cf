package vn.mattran.planning.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.mattran.planning.Plan;
import vn.mattran.planning.PlanContent.Figure;
import vn.mattran.planning.Report;
import vn.mattran.planning.Report.ReportReview;
import vn.mattran.planning.Task;
import vn.mattran.planning.TaskStatus;
import vn.mattran.shared.audit.AuditEvent;
import vn.mattran.shared.audit.AuditLog;
import vn.mattran.shared.error.InvalidInput;
import vn.mattran.shared.error.UserFacingException;
import vn.mattran.shared.format.Formats;
import vn.mattran.shared.security.CurrentUser;
import vn.mattran.shared.security.Role;
import vn.mattran.shared.text.VietnameseText;
import vn.mattran.shared.web.PageOf;
import vn.mattran.shared.web.PageRequest;

/**
 * Tasks from the assignee's side (start, report with the plan's figures and attachments) and from
 * the issuer's (accept, or return for more with a note). Each side is told of the other's step.
 */
@Service
public class Tasks {

	private final TaskRepository tasks;
	private final ReportRepository reports;
	private final PlanRepository plans;
	private final Notifications notifications;
	private final AuditLog audit;
	private final Clock clock;

	Tasks(TaskRepository tasks, ReportRepository reports, PlanRepository plans, Notifications notifications,
			AuditLog audit, Clock clock) {
		this.tasks = tasks;
		this.reports = reports;
		this.plans = plans;
		this.notifications = notifications;
		this.audit = audit;
		this.clock = clock;
	}

	public LocalDate today() {
		return LocalDate.now(clock);
	}

	/** A task the caller gives (its plan's issuer is in scope) or carries out (its assignee is). */
	@Transactional(readOnly = true)
	public Task get(long id) {
		Task task = tasks.byId(id).orElseThrow(() -> UserFacingException.notFound("task.error.noSuchId", String.valueOf(id)));
		if (!assignee(task) && !issuer(task)) {
			throw UserFacingException.forbidden("error.outOfScope", task.heading() + " – " + task.assigneeName());
		}
		return task;
	}

	/**
	 * True when the task is the caller's to carry out: it was given to a body of the caller's own unit
	 * (home or merged into it), not merely to one below it, which a province officer sees but does not
	 * report for.
	 */
	public boolean assignee(Task task) {
		var scope = CurrentUser.scope();
		return scope.everything() || scope.paths().contains(task.assigneePath());
	}

	/** True when the task is the caller's to review. */
	public boolean issuer(Task task) {
		return CurrentUser.scope().contains(task.issuerPath());
	}

	/** Tasks the caller carries out ("assigned"), gives ("issued") or both, in a state ("OVERDUE", "OPEN", a status). */
	@Transactional(readOnly = true)
	public PageOf<Task> search(String side, String state, Long planId, PageRequest page) {
		if (state != null && !state.isBlank() && !state.equals("OVERDUE") && !state.equals("OPEN")) {
			try {
				TaskStatus.valueOf(state);
			}
			catch (IllegalArgumentException e) {
				throw new InvalidInput("state", "task.error.state", state);
			}
		}
		return tasks.search(CurrentUser.scope(), new TaskRepository.Query(side, state, today(), planId), page);
	}

	@Transactional(readOnly = true)
	public List<Report> reports(long taskId) {
		get(taskId);
		return reports.ofTask(taskId);
	}

	/** The figures a report on this task must give: those of its plan. */
	@Transactional(readOnly = true)
	public List<Figure> figures(Task task) {
		return plans.byId(task.planId()).map(plan -> plan.content().figures()).orElse(List.of());
	}

	@Transactional
	public Task start(long id) {
		CurrentUser.requireRole(Role.MEMBER_ORG_OFFICER);
		Task task = ownToDo(id);
		if (task.status() != TaskStatus.ASSIGNED && task.status() != TaskStatus.RETURNED) {
			throw UserFacingException.conflict("task.error.cannotStart", task.heading());
		}
		return change(task, TaskStatus.IN_PROGRESS, null, "Bắt đầu thực hiện");
	}

	/** What an assignee sends: the text, the figures by code (as typed), and files. */
	public record ReportDraft(String text, Map<String, String> figures, List<AttachmentUpload> files) {
	}

	/**
	 * Reports on a task still owed (assigned, in progress or returned): text, every figure of the
	 * plan as a whole number not below zero, and attachments within their limits; the issuer is told.
	 */
	@Transactional
	public Task report(long id, ReportDraft draft) {
		return report(id, draft, today());
	}

	/** A report as sent on {@code day}: today, or the day a demo's (or an import's) report was sent. */
	Task report(long id, ReportDraft draft, LocalDate day) {
		CurrentUser.requireRole(Role.MEMBER_ORG_OFFICER);
		Task task = ownToDo(id);
		if (!task.status().open()) {
			throw UserFacingException.conflict("task.error.notOwed", task.heading());
		}
		String text = VietnameseText.cleanOrNull(draft.text());
		if (text == null) {
			throw new InvalidInput("text", "report.error.textRequired");
		}
		Map<String, Long> figures = figures(figures(task), draft.figures());
		List<AttachmentRules.Checked> files = AttachmentRules.check(draft.files() == null ? List.of() : draft.files());
		LocalDate today = day;
		long reportId = reports.insert(task.id(), text, figures, CurrentUser.actorName(), today);
		for (AttachmentRules.Checked file : files) {
			reports.attach(reportId, file.fileName(), file.mediaType(), file.kind(), file.content(), sha256(file.content()));
		}
		Task after = change(task, TaskStatus.REPORTED, today, "Báo cáo");
		Plan plan = plans.byId(task.planId()).orElseThrow();
		boolean late = task.dueOn() != null && today.isAfter(task.dueOn());
		notifications.tell(plan.unitId(), "TASK_REPORTED", "%s đã báo cáo nhiệm vụ “%s” (%s)%s.".formatted(
				task.assigneeName(), task.heading(), plan.symbol(), late ? ", muộn so với hạn " + Formats.date(task.dueOn())
						: ""), "/tasks/" + task.id());
		return after;
	}

	@Transactional
	public Task accept(long id, String note) {
		return review(id, ReportReview.ACCEPTED, VietnameseText.cleanOrNull(note));
	}

	/** Returns the report for more; the note saying what is missing is required. */
	@Transactional
	public Task sendBack(long id, String note) {
		String why = VietnameseText.cleanOrNull(note);
		if (why == null) {
			throw new InvalidInput("note", "task.error.noteRequired");
		}
		return review(id, ReportReview.RETURNED, why);
	}

	@Transactional(readOnly = true)
	public StoredFile attachment(long attachmentId) {
		StoredFile file = reports.file(attachmentId)
			.orElseThrow(() -> UserFacingException.notFound("report.error.noSuchFile", String.valueOf(attachmentId)));
		get(file.taskId());
		return file;
	}

	private Task review(long id, ReportReview review, String note) {
		CurrentUser.requireRole(Role.OFFICER);
		Task task = tasks.lock(id).orElseThrow(() -> UserFacingException.notFound("task.error.noSuchId", String.valueOf(id)));
		CurrentUser.requireInScope(task.issuerPath(), task.heading());
		if (task.status() != TaskStatus.REPORTED) {
			throw UserFacingException.conflict("task.error.nothingToReview", task.heading());
		}
		Report latest = reports.latest(task.id()).orElseThrow();
		if (latest.submittedBy().equals(CurrentUser.actorName()) && !CurrentUser.scope().everything()) {
			throw UserFacingException.conflict("task.error.ownReport", task.heading());
		}
		reports.review(latest.id(), review, note, CurrentUser.actorName());
		TaskStatus status = review == ReportReview.ACCEPTED ? TaskStatus.ACCEPTED : TaskStatus.RETURNED;
		Task after = change(task, status, null, review == ReportReview.ACCEPTED ? "Nhận báo cáo" : "Trả lại báo cáo");
		long unit = tasks.assigneeUnit(task.id());
		notifications.tell(unit, review == ReportReview.ACCEPTED ? "REPORT_ACCEPTED" : "REPORT_RETURNED",
				(review == ReportReview.ACCEPTED ? "%s đã nhận báo cáo nhiệm vụ “%s”%s"
						: "%s đề nghị bổ sung báo cáo nhiệm vụ “%s”%s")
					.formatted(task.issuerName(), task.heading(), note == null ? "." : ": " + note),
				"/tasks/" + task.id());
		return after;
	}

	private Task ownToDo(long id) {
		Task task = tasks.lock(id).orElseThrow(() -> UserFacingException.notFound("task.error.noSuchId", String.valueOf(id)));
		if (!assignee(task)) {
			throw UserFacingException.forbidden("task.error.notYours", task.heading(), task.assigneeName());
		}
		return task;
	}

	private Task change(Task task, TaskStatus status, LocalDate reportedOn, String what) {
		if (!tasks.setStatus(task.id(), task.version(), status, reportedOn)) {
			throw UserFacingException.conflict("error.changedMeanwhile", task.heading());
		}
		Task after = tasks.byId(task.id()).orElseThrow();
		audit.record(AuditEvent.updated("task", task.id(), task.assigneePath(), what + ": " + task.heading() + " – "
				+ task.assigneeName(), Map.of("status", task.status().name()), Map.of("status", status.name())));
		return after;
	}

	/** Every figure of the plan, read as a whole number of its unit ("1.250.000" and "1250000" alike). */
	static Map<String, Long> figures(List<Figure> required, Map<String, String> given) {
		Map<String, Long> figures = new LinkedHashMap<>();
		Map<String, String> typed = given == null ? Map.of() : given;
		for (Figure figure : required) {
			String value = typed.get(figure.code());
			String typedValue = value == null ? "" : value.strip().replaceAll("(?i)\\s*(đ|đồng|vnd)$", "");
			if (typedValue.isEmpty()) {
				throw new InvalidInput("figures." + figure.code(), "report.error.figureRequired", figure.label());
			}
			// Whole numbers only, plain or grouped by thousands ("12.500.000", "12 500 000"): "12,5" is refused, not read as 125.
			if (!typedValue.matches("\\d{1,15}|\\d{1,3}(?:([.,\\s])\\d{3})(?:\\1\\d{3}){0,4}")) {
				throw new InvalidInput("figures." + figure.code(), "report.error.figureNumber", figure.label(), value);
			}
			figures.put(figure.code(), Long.parseLong(typedValue.replaceAll("[.,\\s]", "")));
		}
		for (String code : typed.keySet()) {
			if (required.stream().noneMatch(f -> f.code().equals(code)) && typed.get(code) != null
					&& !typed.get(code).isBlank()) {
				throw new InvalidInput("figures." + code, "report.error.figureUnknown", code);
			}
		}
		return figures;
	}

	private static byte[] sha256(byte[] content) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(content);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
