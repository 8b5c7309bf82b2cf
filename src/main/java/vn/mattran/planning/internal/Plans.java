package vn.mattran.planning.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.mattran.documents.DocumentText;
import vn.mattran.documents.Documents;
import vn.mattran.documents.OutgoingDocument;
import vn.mattran.documents.RightTitle;
import vn.mattran.organization.Body;
import vn.mattran.organization.Organization;
import vn.mattran.organization.Unit;
import vn.mattran.planning.Plan;
import vn.mattran.planning.PlanContent;
import vn.mattran.planning.PlanContent.Assignment;
import vn.mattran.planning.PlanContent.Figure;
import vn.mattran.planning.PlanDraft;
import vn.mattran.planning.PlanKind;
import vn.mattran.planning.PlanStatus;
import vn.mattran.planning.PlanSummary;
import vn.mattran.planning.Task;
import vn.mattran.shared.audit.AuditEvent;
import vn.mattran.shared.audit.AuditLog;
import vn.mattran.shared.error.InvalidInput;
import vn.mattran.shared.error.UserFacingException;
import vn.mattran.shared.format.Formats;
import vn.mattran.shared.security.CurrentUser;
import vn.mattran.shared.security.Role;
import vn.mattran.shared.web.PageOf;
import vn.mattran.shared.web.PageRequest;

/**
 * Programmes, plans and dispatches through their flow: written and revised as drafts (officers),
 * submitted, approved or sent back (unit administrators: the leaders who sign), and issued through
 * the documents module, which numbers them; issuing gives each assignee its task and tells its people.
 */
@Service
public class Plans {

	private static final Pattern KEY = Pattern.compile("[\\p{Ll}\\d][\\p{Ll}\\d-]{0,59}");
	private static final Pattern FIGURE = Pattern.compile("[a-z][a-z0-9_]{0,39}");

	private final PlanRepository plans;
	private final TaskRepository tasks;
	private final Documents documents;
	private final Organization organization;
	private final Notifications notifications;
	private final AuditLog audit;
	private final JdbcClient jdbc;
	private final Clock clock;

	Plans(PlanRepository plans, TaskRepository tasks, Documents documents, Organization organization,
			Notifications notifications, AuditLog audit, JdbcClient jdbc, Clock clock) {
		this.plans = plans;
		this.tasks = tasks;
		this.documents = documents;
		this.organization = organization;
		this.notifications = notifications;
		this.audit = audit;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** A plan its issuer's scope or one of its assignees may see; 404 or 403 otherwise. */
	@Transactional(readOnly = true)
	public Plan get(long id) {
		Plan plan = plans.byId(id).orElseThrow(() -> UserFacingException.notFound("plan.error.noSuchId", String.valueOf(id)));
		requireVisible(plan);
		return plan;
	}

	/** True when the caller may change the plan: it is in their scope (not merely assigned to them). */
	public boolean ours(Plan plan) {
		return CurrentUser.scope().contains(plan.unitPath());
	}

	@Transactional(readOnly = true)
	public PageOf<PlanSummary> search(String text, PlanKind kind, PlanStatus status, Integer year, String sort,
			PageRequest page) {
		return plans.search(CurrentUser.scope(), new PlanRepository.Query(text, kind, status, year, sort), page);
	}

	@Transactional
	public Plan create(PlanDraft draft) {
		CurrentUser.requireRole(Role.OFFICER);
		PlanRepository.Row row = row(draft);
		long id = plans.insert(row, CurrentUser.actorName());
		Plan created = plans.byId(id).orElseThrow();
		audit.record(AuditEvent.created("plan", id, created.unitPath(), created.title(), summary(created)));
		return created;
	}

	@Transactional
	public Plan update(long id, int version, PlanDraft draft) {
		CurrentUser.requireRole(Role.OFFICER);
		Plan before = ownPlan(id);
		if (!before.editable()) {
			throw UserFacingException.conflict("plan.error.notDraft", before.title());
		}
		if (!plans.update(id, version, row(draft))) {
			throw UserFacingException.conflict("error.changedMeanwhile", before.title());
		}
		Plan after = plans.byId(id).orElseThrow();
		audit.record(AuditEvent.updated("plan", id, after.unitPath(), after.title(), summary(before), summary(after)));
		return after;
	}

	/** Sends a finished draft to the leaders: everything the issue will need must be there. */
	@Transactional
	public Plan submit(long id) {
		CurrentUser.requireRole(Role.OFFICER);
		Plan plan = lockOwn(id);
		requireStatus(plan, PlanStatus.DRAFT);
		requireIssuable(plan);
		Plan submitted = move(plan, PlanStatus.SUBMITTED, "Trình duyệt");
		notifications.tell(plan.unitId(), Role.UNIT_ADMIN, "PLAN_SUBMITTED", "%s chờ duyệt (%s trình).".formatted(
				plan.title(), CurrentUser.actorName()), "/plans/" + plan.id());
		return submitted;
	}

	@Transactional
	public Plan approve(long id) {
		CurrentUser.requireRole(Role.UNIT_ADMIN);
		Plan plan = lockOwn(id);
		requireStatus(plan, PlanStatus.SUBMITTED);
		Plan approved = move(plan, PlanStatus.APPROVED, "Duyệt");
		notifications.tellUser(plan.unitId(), plan.createdBy(), "PLAN_APPROVED", "%s đã được duyệt (%s); có thể ban hành."
			.formatted(plan.title(), CurrentUser.actorName()), "/plans/" + plan.id());
		return approved;
	}

	/** Back to its author for changes, from submitted or approved (not once issued), saying why. */
	@Transactional
	public Plan sendBack(long id, String note) {
		CurrentUser.requireRole(Role.UNIT_ADMIN);
		Plan plan = lockOwn(id);
		if (plan.status() != PlanStatus.SUBMITTED && plan.status() != PlanStatus.APPROVED) {
			throw UserFacingException.conflict("plan.error.cannotSendBack", plan.title());
		}
		String why = vn.mattran.shared.text.VietnameseText.cleanOrNull(note);
		if (why == null) {
			throw new InvalidInput("note", "plan.error.sendBackNote");
		}
		Plan back = move(plan, PlanStatus.DRAFT, "Trả lại để sửa (" + why + ")");
		notifications.tellUser(plan.unitId(), plan.createdBy(), "PLAN_SENT_BACK", "%s được trả lại để sửa: %s"
			.formatted(plan.title(), why), "/plans/" + plan.id());
		return back;
	}

	/**
	 * Issues an approved plan on {@code day} (today when null): the documents module numbers it and
	 * keeps its files; each assignee body gets its task, and the people of its unit are told.
	 */
	@Transactional
	public Plan issue(long id, LocalDate day) {
		CurrentUser.requireRole(Role.OFFICER);
		Plan plan = lockOwn(id);
		requireStatus(plan, PlanStatus.APPROVED);
		requireIssuable(plan);
		OutgoingDocument draft = documents.draft(documentText(plan));
		OutgoingDocument issued = documents.issue(draft.id(), day);
		return issued(plan, issued);
	}

	/**
	 * Enters a plan issued on paper before the platform, with the number it bears; its tasks are
	 * given as on issue. A document the register already holds under that number is taken as the plan's.
	 */
	@Transactional
	public Plan record(long id, int number, LocalDate issuedOn, boolean paperRegisterReachedIt) {
		CurrentUser.requireRole(Role.OFFICER);
		Plan plan = lockOwn(id);
		requireStatus(plan, PlanStatus.APPROVED);
		if (issuedOn == null) {
			throw new InvalidInput("issuedOn", "plan.error.issuedOnRequired");
		}
		requireIssuable(plan);
		OutgoingDocument document = documents.byNumber(plan.issuerBodyId(), issuedOn.getYear(), number)
			.map(existing -> sameDocument(plan, existing, issuedOn))
			.orElseGet(() -> documents.record(documentText(plan), number, issuedOn, paperRegisterReachedIt));
		return issued(plan, document);
	}

	/** A document already in the register under that number is this plan's only if nothing else claims it and it agrees. */
	private OutgoingDocument sameDocument(Plan plan, OutgoingDocument existing, LocalDate issuedOn) {
		boolean claimed = jdbc.sql("select count(*) from plan_plan where document_id = :document")
			.param("document", existing.id()).query(Long.class).single() > 0;
		if (claimed || existing.type() != plan.kind().documentType() || !issuedOn.equals(existing.issuedOn())) {
			throw new InvalidInput("number", "document.error.numberTaken", existing.number(), issuedOn.getYear());
		}
		return existing;
	}

	/**
	 * A draft for a subordinate body implementing an issued plan: its legal basis names the upper
	 * plan, its contents start from the duties the upper plan gave this body's unit, its figures are
	 * the upper plan's (so reports add up), and it reports a little before the upper deadline.
	 */
	@Transactional
	public Plan implement(long parentId, long issuerBodyId) {
		CurrentUser.requireRole(Role.OFFICER);
		Plan parent = get(parentId);
		if (!parent.issued()) {
			throw UserFacingException.conflict("plan.error.parentNotIssued", parent.title());
		}
		Body body = organization.body(issuerBodyId);
		Unit unit = organization.unit(body.unitId());
		List<Task> given = tasks.ofPlan(parentId).stream().filter(t -> t.assigneePath().equals(unit.path())).toList();
		List<String> lines = new ArrayList<>();
		lines.add("# I. MỤC ĐÍCH, YÊU CẦU");
		lines.add("Triển khai thực hiện có hiệu quả " + lowerFirst(parent.title()) + " của " + parent.issuerName()
				+ " trên địa bàn " + lowerFirst(unit.name()) + ".");
		lines.add("# II. NỘI DUNG THỰC HIỆN");
		given.stream().flatMap(t -> t.duties().stream()).distinct().forEach(lines::add);
		lines.add("# III. TỔ CHỨC THỰC HIỆN");
		LocalDate upperDue = given.stream().map(Task::dueOn).filter(java.util.Objects::nonNull).min(LocalDate::compareTo)
			.orElse(parent.reportDueOn());
		LocalDate due = upperDue == null ? null : upperDue.minusDays(3);
		if (due != null && parent.startsOn() != null && due.isBefore(parent.startsOn())) {
			due = upperDue;
		}
		lines.add("Báo cáo kết quả về " + parent.issuerName() + (upperDue == null ? "." : " trước ngày "
				+ Formats.date(upperDue) + "."));
		DocumentText upper = parent.content().text();
		String basis = "Thực hiện " + lowerFirst(kindName(parent.kind())) + " số " + parent.symbol() + " ngày "
				+ Formats.date(parent.issuedOn()) + " của " + parent.issuerName() + " về " + plainSubject(upper) + ";";
		DocumentText text = new DocumentText(PlanKind.PLAN.documentType(), body.id(), null, null, null, true, null,
				"KẾ HOẠCH", upper.subject(), null, basis, String.join("\n", lines), "Nơi nhận:",
				"- " + parent.issuerName() + " (để b/c);\n- Lưu: VT.", null, null, null, null);
		PlanContent content = new PlanContent(text, List.of(), List.of(), List.of(), parent.content().figures(),
				List.of(), Map.of());
		return create(new PlanDraft(PlanKind.PLAN, body.id(), null, parent.year(), parent.startsOn(), parent.endsOn(),
				due, parent.id(), parent.campaignId(), content));
	}

	/** For each body the plan gave a task, the plan it made to implement it, if any. */
	public record CascadeRow(Task task, PlanSummary plan) {
	}

	@Transactional(readOnly = true)
	public List<CascadeRow> cascade(long id) {
		Plan plan = get(id);
		List<Plan> children = plans.implementing(plan.id());
		List<CascadeRow> rows = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (Task task : tasks.ofPlan(plan.id())) {
			if (task.assigneePath().equals(plan.unitPath()) || !seen.add(task.assigneePath())) {
				continue;
			}
			PlanSummary child = children.stream().filter(c -> c.unitPath().equals(task.assigneePath())).findFirst()
				.map(Plans::summaryOf).orElse(null);
			rows.add(new CascadeRow(task, child));
		}
		return rows;
	}

	/** The plan written out as the document it is issued as, with the issuer's header where the author left it out. */
	@Transactional(readOnly = true)
	public DocumentText documentText(Plan plan) {
		DocumentText text = PlanWriter.document(plan.content(), plan.year());
		if (!blank(text.issuerLines()) && !blank(text.place())) {
			return text;
		}
		DocumentText header = documents.startingPoint(text);
		return new DocumentText(text.type(), text.issuerBodyId(), text.draftingBodyId(),
				blank(text.issuerLines()) ? header.issuerLines() : text.issuerLines(),
				text.rightTitle() == null || text.rightTitle() == RightTitle.NONE ? header.rightTitle() : text.rightTitle(),
				true, blank(text.place()) ? header.place() : text.place(), text.titleLine(), text.subject(),
				text.addressees(), text.legalBases(), text.body(), text.recipientsHeading(), text.recipients(),
				text.signatureCapacity(), text.signaturePosition(), text.signatureNote(), text.signer());
	}

	/** The plan as the documents module prints it: as issued once issued, else as it would print now. */
	@Transactional(readOnly = true)
	public String previewHtml(long id) {
		Plan plan = get(id);
		return plan.issued() ? documents.issuedHtml(plan.documentId()) : documents.previewHtml(documentText(plan));
	}

	@Transactional(readOnly = true)
	public byte[] previewPdf(long id) {
		Plan plan = get(id);
		return plan.issued() ? documents.issuedPdf(plan.documentId()) : documents.previewPdf(documentText(plan));
	}

	@Transactional(readOnly = true)
	public byte[] previewDocx(long id) {
		Plan plan = get(id);
		return plan.issued() ? documents.issuedDocx(plan.documentId()) : documents.previewDocx(documentText(plan));
	}

	private Plan issued(Plan plan, OutgoingDocument document) {
		plans.markIssued(plan.id(), document.id(), document.symbol(), document.issuedOn());
		Plan issued = plans.byId(plan.id()).orElseThrow();
		int given = giveTasks(issued);
		audit.record(AuditEvent.updated("plan", plan.id(), plan.unitPath(), "Ban hành " + issued.symbol() + ": "
				+ issued.title() + " (" + given + " nhiệm vụ)", summary(plan), summary(issued)));
		return issued;
	}

	private int giveTasks(Plan plan) {
		int given = 0;
		for (Assignment assignment : plan.content().assignments()) {
			LocalDate due = assignment.dueOn() != null ? assignment.dueOn() : plan.reportDueOn();
			String heading = taskTitle(assignment.heading(), plan.year());
			for (long bodyId : new java.util.LinkedHashSet<>(assignment.assigneeBodyIds())) {
				Body body = organization.body(bodyId);
				Unit unit = organization.unit(body.unitId());
				long taskId = tasks.insert(new TaskRepository.NewTask(plan.id(), assignment.key(), body.id(),
						body.name(), unit.id(), unit.path(), heading, due));
				notifications.tell(unit.id(), "TASK_ASSIGNED", "%s %s: %s giao nhiệm vụ “%s” cho %s%s".formatted(
						kindName(plan.kind()), plan.symbol(), plan.issuerName(), heading, body.name(),
						due == null ? "." : "; hạn báo cáo " + Formats.date(due) + "."), "/tasks/" + taskId);
				given++;
			}
		}
		return given;
	}

	/** "1.1. Ban Phong trào, Ủy ban MTTQ Việt Nam:" → "Ban Phong trào, Ủy ban MTTQ Việt Nam": the heading without numbering or markup. */
	static String taskTitle(String heading, int year) {
		String title = PlanWriter.fill(heading, year).replace("*", "").strip().replaceFirst("^[-+]\\s*", "")
			.replaceFirst("^(?:[IVXLC]+\\.|\\d+(?:\\.\\d+)*\\.?)\\s+", "").replaceFirst("\\s*:$", "").strip();
		return title.isEmpty() ? heading.strip() : title;
	}

	private PlanRepository.Row row(PlanDraft draft) {
		if (draft.kind() == null) {
			throw new InvalidInput("kind", "plan.error.kindRequired");
		}
		if (draft.issuerBodyId() == null) {
			throw new InvalidInput("issuerBodyId", "document.error.issuerRequired");
		}
		Body issuer = organization.body(draft.issuerBodyId());
		Unit unit = organization.unit(issuer.unitId());
		if (draft.draftingBodyId() != null && organization.body(draft.draftingBodyId()).unitId() != issuer.unitId()) {
			throw new InvalidInput("draftingBodyId", "document.error.draftingElsewhere", String.valueOf(draft.draftingBodyId()),
					issuer.name());
		}
		int year = draft.year() == null ? LocalDate.now(clock).getYear() : draft.year();
		if (year < 1945 || year > 2100) {
			throw new InvalidInput("year", "plan.error.year", year);
		}
		if (draft.startsOn() != null && draft.endsOn() != null && draft.endsOn().isBefore(draft.startsOn())) {
			throw new InvalidInput("endsOn", "plan.error.dateOrder", Formats.date(draft.startsOn()),
					Formats.date(draft.endsOn()));
		}
		if (draft.parentPlanId() != null) {
			get(draft.parentPlanId());
		}
		if (draft.campaignId() != null) {
			requireCampaign(draft.campaignId(), unit);
		}
		PlanContent content = checked(draft.content(), draft.kind(), issuer, unit, draft.draftingBodyId(), year);
		String title = PlanTitles.of(draft.kind(), content.text());
		return new PlanRepository.Row(draft.kind(), issuer.id(), draft.draftingBodyId(), issuer.name(), unit.id(),
				unit.path(), title, year, draft.startsOn(), draft.endsOn(), draft.reportDueOn(), draft.parentPlanId(),
				draft.campaignId(), content);
	}

	/** The content with its text made the kind's document of this issuer, every part checked. */
	private PlanContent checked(PlanContent content, PlanKind kind, Body issuer, Unit unit, Long draftingBodyId,
			int year) {
		if (content == null || content.text() == null) {
			throw new InvalidInput("subject", "document.error.subjectRequired");
		}
		DocumentText t = content.text();
		if (t.subject() == null || t.subject().isBlank()) {
			throw new InvalidInput("subject", "document.error.subjectRequired");
		}
		DocumentText text = new DocumentText(kind.documentType(), issuer.id(), draftingBodyId, t.issuerLines(),
				t.rightTitle(), t.numbered(), t.place(), kind == PlanKind.DISPATCH ? null : t.titleLine(), t.subject(),
				t.addressees(), t.legalBases(), t.body(), t.recipientsHeading(), t.recipients(), t.signatureCapacity(),
				t.signaturePosition(), t.signatureNote(), t.signer());
		Set<String> keys = new HashSet<>();
		for (Assignment assignment : content.assignments()) {
			if (assignment.key() == null || !KEY.matcher(assignment.key()).matches()) {
				throw new InvalidInput("assignments", "plan.error.assignmentKey", String.valueOf(assignment.key()));
			}
			if (!keys.add(assignment.key())) {
				throw new InvalidInput("assignments", "plan.error.assignmentTwice", assignment.key());
			}
			if (assignment.heading() == null || assignment.heading().isBlank()) {
				throw new InvalidInput("assignments", "plan.error.assignmentHeading", assignment.key());
			}
			if (assignment.level() != 0 && assignment.level() != 2 && assignment.level() != 3) {
				throw new InvalidInput("assignments", "plan.error.assignmentLevel", assignment.heading());
			}
			for (long bodyId : assignment.assigneeBodyIds()) {
				Body assignee = organization.body(bodyId);
				String path = organization.unit(assignee.unitId()).path();
				if (!path.equals(unit.path()) && !path.startsWith(unit.path() + ".")) {
					throw new InvalidInput("assignments", "plan.error.assigneeOutside", assignee.name(), unit.name());
				}
			}
		}
		Set<String> codes = new HashSet<>();
		for (Figure figure : content.figures()) {
			if (figure.code() == null || !FIGURE.matcher(figure.code()).matches() || !codes.add(figure.code())) {
				throw new InvalidInput("figures", "plan.error.figureCode", String.valueOf(figure.code()));
			}
			if (figure.label() == null || figure.label().isBlank()) {
				throw new InvalidInput("figures", "plan.error.figureLabel", figure.code());
			}
		}
		content.budget().forEach(line -> {
			if (line.unitAmount() < 0 || line.count() < 0) {
				throw new InvalidInput("budget", "plan.error.budgetNegative", line.key());
			}
			line.total();
		});
		for (PlanContent.ProgrammeItem item : content.items()) {
			checkItem(item, year);
		}
		PlanContent result = new PlanContent(text, content.assignments(), content.budget(), content.sites(),
				content.figures(), content.items(), content.monthHeadings());
		PlanWriter.document(result, year);
		return result;
	}

	/** A programme item's month, and its solar or lunar day, must exist in the programme's year. */
	private static void checkItem(PlanContent.ProgrammeItem item, int year) {
		String what = item.text().length() > 60 ? item.text().substring(0, 57) + "…" : item.text();
		if (item.month() < 1 || item.month() > 12) {
			throw new InvalidInput("items", "plan.error.itemMonth", what, item.month());
		}
		if (item.day() != null && (item.day() < 1 || item.day() > java.time.YearMonth.of(year, item.month()).lengthOfMonth())) {
			throw new InvalidInput("items", "plan.error.itemDay", what, item.day(), item.month(), year);
		}
		if ((item.lunarDay() == null) != (item.lunarMonth() == null)) {
			throw new InvalidInput("items", "plan.error.itemLunarHalf", what);
		}
		if (item.lunarDay() != null) {
			boolean exists = item.lunarDay() >= 1 && item.lunarDay() <= 30 && item.lunarMonth() >= 1
					&& item.lunarMonth() <= 12 && (item.everyMonth() || java.util.stream.IntStream.of(year, year - 1)
						.anyMatch(lunarYear -> vn.mattran.shared.calendar.LunarCalendar.toSolar(
								new vn.mattran.shared.calendar.LunarDate(item.lunarDay(), item.lunarMonth(), lunarYear, false))
							.isPresent()));
			if (!exists) {
				throw new InvalidInput("items", "plan.error.itemLunarDay", what, item.lunarDay(), item.lunarMonth(), year);
			}
		}
	}

	private void requireIssuable(Plan plan) {
		if (plan.kind() == PlanKind.PROGRAMME) {
			return;
		}
		List<Assignment> assignments = plan.content().assignments();
		for (Assignment assignment : assignments) {
			if (assignment.assigneeBodyIds().isEmpty()) {
				throw new InvalidInput("assignments", "plan.error.noAssignee", assignment.heading());
			}
			if (assignment.dueOn() == null && plan.reportDueOn() == null) {
				throw new InvalidInput("assignments", "plan.error.noDeadline", assignment.heading());
			}
		}
		String body = plan.content().text().body() == null ? "" : plan.content().text().body();
		for (Assignment assignment : assignments) {
			if (!body.contains("@giao:" + assignment.key())) {
				throw new InvalidInput("body", "plan.error.assignmentNotInBody", assignment.key());
			}
		}
	}

	private void requireCampaign(long campaignId, Unit unit) {
		String path = jdbc.sql("select unit_path::text from plan_campaign where id = :id").param("id", campaignId)
			.query(String.class).optional()
			.orElseThrow(() -> new InvalidInput("campaignId", "campaign.error.noSuchId", String.valueOf(campaignId)));
		// A campaign of this unit or of one above it (the province's movement is carried out below).
		if (!(unit.path().equals(path) || unit.path().startsWith(path + ".")) && !CurrentUser.scope().contains(path)) {
			throw UserFacingException.forbidden("error.outOfScope", "#" + campaignId);
		}
	}

	private Plan move(Plan plan, PlanStatus status, String what) {
		if (!plans.setStatus(plan.id(), plan.status(), status, CurrentUser.actorName())) {
			throw UserFacingException.conflict("error.changedMeanwhile", plan.title());
		}
		Plan after = plans.byId(plan.id()).orElseThrow();
		audit.record(AuditEvent.updated("plan", plan.id(), plan.unitPath(), what + ": " + plan.title(), summary(plan),
				summary(after)));
		return after;
	}

	private void requireVisible(Plan plan) {
		if (ours(plan)) {
			return;
		}
		var scope = CurrentUser.scope();
		boolean assigned = !scope.everything() && !scope.paths().isEmpty() && jdbc.sql("""
				select exists (select 1 from plan_task where plan_id = :plan and assignee_path <@ cast(:scope as ltree[]))""")
			.param("plan", plan.id())
			.param("scope", scope.sqlArray())
			.query(Boolean.class)
			.single();
		if (!assigned) {
			throw UserFacingException.forbidden("error.outOfScope", plan.title());
		}
	}

	private Plan ownPlan(long id) {
		Plan plan = plans.byId(id).orElseThrow(() -> UserFacingException.notFound("plan.error.noSuchId", String.valueOf(id)));
		CurrentUser.requireInScope(plan.unitPath(), plan.title());
		return plan;
	}

	private Plan lockOwn(long id) {
		Plan plan = plans.lock(id).orElseThrow(() -> UserFacingException.notFound("plan.error.noSuchId", String.valueOf(id)));
		CurrentUser.requireInScope(plan.unitPath(), plan.title());
		return plan;
	}

	private static void requireStatus(Plan plan, PlanStatus status) {
		if (plan.status() != status) {
			throw UserFacingException.conflict("plan.error.wrongStatus." + status.name(), plan.title());
		}
	}

	static String kindName(PlanKind kind) {
		return switch (kind) {
			case PROGRAMME -> "Chương trình";
			case PLAN -> "Kế hoạch";
			case DISPATCH -> "Công văn";
		};
	}

	private static String plainSubject(DocumentText text) {
		String subject = text.subject() == null ? "" : text.subject().replaceAll("[*_]", "").replaceAll("\\s+", " ").strip();
		return lowerFirst(subject);
	}

	private static String lowerFirst(String text) {
		return text == null || text.isEmpty() ? "" : Character.toLowerCase(text.charAt(0)) + text.substring(1);
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	static PlanSummary summaryOf(Plan plan) {
		return new PlanSummary(plan.id(), plan.kind(), plan.symbol(), plan.title(), plan.issuerName(), plan.status(),
				plan.year(), plan.issuedOn(), plan.reportDueOn(), plan.documentId(), plan.parentPlanId());
	}

	private static Map<String, Object> summary(Plan plan) {
		return Map.of("kind", plan.kind().name(), "title", plan.title(), "status", plan.status().name(), "year",
				plan.year(), "symbol", plan.symbol() == null ? "" : plan.symbol(), "assignments",
				plan.content().assignments().size());
	}
}
