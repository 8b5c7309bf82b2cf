package vn.mattran.planning;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import vn.mattran.IntegrationTest;
import vn.mattran.SeedFixture;
import vn.mattran.documents.DocumentText;
import vn.mattran.documents.DocumentType;
import vn.mattran.documents.Documents;
import vn.mattran.documents.RightTitle;
import vn.mattran.organization.BodyKind;
import vn.mattran.organization.Organization;
import vn.mattran.organization.Unit;
import vn.mattran.organization.internal.accounts.UserAccounts;
import vn.mattran.organization.internal.bodies.PersonDraft;
import vn.mattran.organization.internal.bodies.PersonService;
import vn.mattran.planning.PlanContent.Assignment;
import vn.mattran.planning.PlanContent.Figure;
import vn.mattran.planning.internal.Plans;
import vn.mattran.planning.internal.Progress;
import vn.mattran.planning.internal.Reminders;
import vn.mattran.planning.internal.Tasks;
import vn.mattran.shared.error.InvalidInput;
import vn.mattran.shared.error.UserFacingException;
import vn.mattran.shared.security.MattranUser;
import vn.mattran.shared.security.Role;
import vn.mattran.shared.security.SystemUser;
import vn.mattran.shared.web.PageRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A district's plan through its whole life, with real users at the district and at two of its
 * communes: issue, tasks and notices (in the inbox and by e-mail), what each commune sees, reports
 * with figures, review, deadlines, reminders and the communes' own implementing plans.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlanningFlowTests {

	@RegisterExtension
	static GreenMailExtension mail = new GreenMailExtension(new ServerSetup(IntegrationTest.SMTP_PORT, "127.0.0.1",
			ServerSetup.PROTOCOL_SMTP));

	static final LocalDate DAY = LocalDate.of(2023, 8, 1);

	@Autowired
	Plans plans;
	@Autowired
	Tasks tasks;
	@Autowired
	Progress progress;
	@Autowired
	Reminders reminders;
	@Autowired
	Documents documents;
	@Autowired
	Organization organization;
	@Autowired
	UserAccounts accounts;
	@Autowired
	PersonService people;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	MockMvc mvc;
	@Autowired
	vn.mattran.planning.internal.CalendarFeeds feeds;
	@org.springframework.boot.test.web.server.LocalServerPort
	int port;

	MattranUser districtOfficer;
	MattranUser districtLeader;
	MattranUser communeA;
	MattranUser communeB;
	long board;
	long boardA;
	long boardB;
	long unitA;
	long unitB;

	@BeforeAll
	void users() {
		Unit district = organization.unitByCode("313", DAY).orElseThrow();
		Unit a = organization.unitByCode("11629", DAY).orElseThrow();
		Unit b = organization.unitByCode("11632", DAY).orElseThrow();
		unitA = a.id();
		unitB = b.id();
		board = SystemUser.call(() -> body(district.id(), BodyKind.STANDING_BOARD));
		boardA = SystemUser.call(() -> body(a.id(), BodyKind.STANDING_BOARD));
		boardB = SystemUser.call(() -> body(b.id(), BodyKind.STANDING_BOARD));
		districtOfficer = user("pf.huyen", Role.OFFICER, district.id(), null);
		districtLeader = user("pf.lanhdao", Role.UNIT_ADMIN, district.id(), null);
		communeA = user("pf.xa-a", Role.OFFICER, a.id(), "mttq.thitran@example.vn");
		communeB = user("pf.xa-b", Role.OFFICER, b.id(), null);
	}

	@Test
	void issuingNumbersThePlanGivesEachAssigneeATaskAndTellsItsPeople() throws Exception {
		Plan issued = issuedPlan("Vận động ủng hộ Quỹ thử nghiệm", today().plusDays(20));

		assertThat(issued.status()).isEqualTo(PlanStatus.ISSUED);
		assertThat(issued.symbol()).matches("\\d+/KH-MTTQ-BTT");
		var document = SeedFixture.as(districtOfficer, () -> documents.get(issued.documentId()));
		assertThat(document.symbol()).isEqualTo(issued.symbol());
		assertThat(document.type()).isEqualTo(DocumentType.PLAN);

		List<Task> given = SeedFixture.as(districtOfficer, () -> tasks.search("issued", null, issued.id(),
				new PageRequest(0, 10)).items());
		assertThat(given).extracting(Task::assigneeBodyId).containsExactlyInAnyOrder(boardA, boardB);
		assertThat(given).allSatisfy(task -> {
			assertThat(task.status()).isEqualTo(TaskStatus.ASSIGNED);
			assertThat(task.dueOn()).isEqualTo(today().plusDays(20));
			assertThat(task.duties()).containsExactly("Tuyên truyền, vận động cán bộ, nhân dân ủng hộ.");
		});

		long taskA = taskOf(issued, boardA).id();
		assertThat(notices(communeA)).anySatisfy(n -> {
			assertThat(n.get("kind")).isEqualTo("TASK_ASSIGNED");
			assertThat((String) n.get("text")).contains(issued.symbol()).contains("hạn báo cáo");
			assertThat(n.get("link")).isEqualTo("/tasks/" + taskA);
		});
		assertThat(notices(communeB)).anySatisfy(n -> assertThat((String) n.get("text")).contains(issued.symbol()));

		assertThat(mail.waitForIncomingEmail(10_000, 1)).as("commune A's officer has an e-mail address").isTrue();
		MimeMessage message = mail.getReceivedMessages()[0];
		assertThat(message.getAllRecipients()[0].toString()).isEqualTo("mttq.thitran@example.vn");
		assertThat(message.getSubject()).contains(issued.symbol());
		assertThat((String) message.getContent()).contains("/tasks/" + taskA);
	}

	@Test
	void aCommuneSeesItsOwnTaskButNotAnotherCommunes() throws Exception {
		Plan issued = issuedPlan("Kế hoạch phạm vi thử", today().plusDays(10));
		Task mine = taskOf(issued, boardA);
		Task theirs = taskOf(issued, boardB);

		List<Task> seen = SeedFixture.as(communeA, () -> tasks.search(null, null, null, new PageRequest(0, 200)).items());
		assertThat(seen).extracting(Task::id).contains(mine.id()).doesNotContain(theirs.id());
		assertThatThrownBy(() -> SeedFixture.as(communeA, () -> tasks.get(theirs.id())))
			.isInstanceOf(UserFacingException.class).satisfies(e -> assertThat(((UserFacingException) e).status()).isEqualTo(403));
		mvc.perform(get("/tasks/" + theirs.id()).with(as(communeA))).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/plans/" + issued.id() + "/tasks").with(as(communeA)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].id").value(mine.id()))
			.andExpect(jsonPath("$[0].assignee").value(organizationName(boardA)));
		mvc.perform(get("/api/v1/plans/" + issued.id() + "/tasks").with(as(districtOfficer)))
			.andExpect(jsonPath("$.length()").value(2));
	}

	@Test
	void aTaskIsOverdueTheDayAfterItsDeadlineNotOnIt() throws Exception {
		Plan dueToday = issuedPlan("Hạn hôm nay", today());
		Plan dueYesterday = issuedPlan("Hạn hôm qua", today().minusDays(1));

		mvc.perform(get("/api/v1/plans/" + dueToday.id() + "/tasks").with(as(districtOfficer)))
			.andExpect(jsonPath("$[0].status").value("ASSIGNED"))
			.andExpect(jsonPath("$[0].deadline").value(today().toString()));
		mvc.perform(get("/api/v1/plans/" + dueYesterday.id() + "/tasks").with(as(districtOfficer)))
			.andExpect(jsonPath("$[0].status").value("OVERDUE"));
		List<Long> overdue = SeedFixture.as(communeA, () -> tasks.search("assigned", "OVERDUE", null,
				new PageRequest(0, 200)).items().stream().map(Task::id).toList());
		assertThat(overdue).contains(taskOf(dueYesterday, boardA).id()).doesNotContain(taskOf(dueToday, boardA).id());
	}

	@Test
	void aReportGivesThePlansFiguresIsReturnedForMoreThenAcceptedAndAddsUp() throws Exception {
		Plan issued = issuedPlan("Kế hoạch báo cáo thử", today().plusDays(5));
		Task task = taskOf(issued, boardA);

		mvc.perform(multipart("/tasks/" + task.id() + "/report").param("text", "Đã vận động.").with(csrf()).with(as(communeA)))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("failure", "report.error.figureRequired"));
		mvc.perform(multipart("/tasks/" + task.id() + "/report").param("text", "Đã vận động.")
			.param("figure.so_tien", "-5").with(csrf()).with(as(communeA)))
			.andExpect(flash().attribute("failure", "report.error.figureNumber"));
		mvc.perform(multipart("/tasks/" + task.id() + "/report")
			.file(new MockMultipartFile("files", "hoi-nghi.jpg", "image/jpeg", PlanningSamples.jpeg()))
			.param("text", "Đã vận động cán bộ, nhân dân.").param("figure.so_tien", "12.500.000").param("figure.so_ho", "4")
			.with(csrf()).with(as(communeA)))
			.andExpect(flash().attribute("success", "task.reported"));
		assertThat(state(task)).isEqualTo(TaskState.REPORTED);
		assertThat(notices(districtOfficer)).anySatisfy(n -> assertThat(n.get("link")).isEqualTo("/tasks/" + task.id()));

		mvc.perform(post("/tasks/" + task.id() + "/return").param("note", "").with(csrf()).with(as(districtOfficer)))
			.andExpect(flash().attribute("failure", "task.error.noteRequired"));
		mvc.perform(post("/tasks/" + task.id() + "/return").param("note", "Bổ sung danh sách hộ.").with(csrf())
			.with(as(districtOfficer))).andExpect(flash().attribute("success", "task.returned"));
		assertThat(state(task)).isEqualTo(TaskState.RETURNED);
		assertThat(notices(communeA)).anySatisfy(n -> assertThat((String) n.get("text")).contains("Bổ sung danh sách hộ."));
		assertThat(progress(issued).total()).as("a returned report does not count").containsEntry("so_tien", 0L);
		assertThat(progress(issued).totals().reported()).as("a returned report is owed again").isZero();

		mvc.perform(multipart("/api/v1/tasks/" + task.id() + "/reports").param("text", "Bổ sung: danh sách 5 hộ.")
			.param("figure.so_tien", "13500000").param("figure.so_ho", "5").with(as(communeA)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("REPORTED"));
		mvc.perform(post("/tasks/" + task.id() + "/accept").with(csrf()).with(as(districtOfficer)))
			.andExpect(flash().attribute("success", "task.accepted"));
		assertThat(state(task)).isEqualTo(TaskState.ACCEPTED);

		Progress.PlanProgress shown = progress(issued);
		assertThat(shown.total()).containsEntry("so_tien", 13_500_000L).containsEntry("so_ho", 5L);
		assertThat(shown.totals().expected()).isEqualTo(2);
		assertThat(shown.totals().reported()).isEqualTo(1);
		assertThat(shown.totals().onTime()).isEqualTo(1);
		assertThat(shown.totals().pending()).isEqualTo(1);
		List<Report> reports = SeedFixture.as(districtOfficer, () -> tasks.reports(task.id()));
		assertThat(reports).hasSize(2);
		assertThat(reports.get(1).attachments()).singleElement()
			.satisfies(file -> assertThat(file.mediaType()).isEqualTo("image/jpeg"));
		mvc.perform(get("/tasks/attachments/" + reports.get(1).attachments().get(0).id()).with(as(communeB)))
			.andExpect(status().isForbidden());
	}

	@Test
	void aCommuneMakesItsOwnPlanFromTheDistrictsAndTheDistrictSeesWhoDid() {
		Plan upper = issuedPlan("Kế hoạch cần cấp dưới thực hiện", today().plusDays(30));

		Plan own = SeedFixture.as(communeA, () -> plans.implement(upper.id(), boardA));

		assertThat(own.parentPlanId()).isEqualTo(upper.id());
		assertThat(own.status()).isEqualTo(PlanStatus.DRAFT);
		assertThat(own.content().text().legalBases()).contains("Thực hiện kế hoạch số " + upper.symbol())
			.contains(vn.mattran.shared.format.Formats.date(upper.issuedOn()));
		assertThat(own.content().text().body()).contains("Tuyên truyền, vận động cán bộ, nhân dân ủng hộ.");
		assertThat(own.content().figures()).isEqualTo(upper.content().figures());
		assertThat(own.reportDueOn()).isEqualTo(today().plusDays(27));
		var cascade = SeedFixture.as(districtOfficer, () -> plans.cascade(upper.id()));
		assertThat(cascade).hasSize(2);
		assertThat(cascade).filteredOn(row -> row.task().assigneeBodyId() == boardA)
			.singleElement().satisfies(row -> assertThat(row.plan().id()).isEqualTo(own.id()));
		assertThat(cascade).filteredOn(row -> row.task().assigneeBodyId() == boardB)
			.singleElement().satisfies(row -> assertThat(row.plan()).isNull());
		assertThatThrownBy(() -> SeedFixture.as(communeB, () -> plans.get(own.id())))
			.as("another commune's plan").isInstanceOf(UserFacingException.class);
	}

	@Test
	void remindersComeWithinTheDaysBeforeTheDeadlineOnceAndNotForFarDeadlines() {
		Plan soon = issuedPlan("Hạn gần", today().plusDays(2));
		Plan far = issuedPlan("Hạn xa", today().plusDays(40));
		long before = countNotices(communeB, "TASK_DUE_SOON");

		SystemUser.call(() -> reminders.remind(today()));
		assertThat(countNotices(communeB, "TASK_DUE_SOON")).isGreaterThan(before);
		assertThat(noticesOf(communeB, "TASK_DUE_SOON")).anySatisfy(text -> assertThat(text).contains("hạn gần")
			.contains("còn 2 ngày"));
		assertThat(noticesOf(communeB, "TASK_DUE_SOON")).noneSatisfy(text -> assertThat(text).contains("hạn xa"));
		long after = countNotices(communeB, "TASK_DUE_SOON");
		SystemUser.call(() -> reminders.remind(today()));
		assertThat(countNotices(communeB, "TASK_DUE_SOON")).as("once per task").isEqualTo(after);
		assertThat(far.id()).isNotEqualTo(soon.id());
	}

	@Test
	void aPersonalCalendarFeedShowsTheUsersDeadlinesToAnyCalendarProgramUntilItIsTurnedOff() throws Exception {
		Plan issued = issuedPlan("Kế hoạch có lịch", today().plusDays(12));
		String address = SeedFixture.as(communeA, () -> feeds.renew());
		String path = address.substring(address.indexOf("/public/"));

		var response = new vn.mattran.Browserless(port).get(path);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/calendar");
		biweekly.ICalendar calendar = biweekly.Biweekly.parse(response.body()).first();
		var deadline = calendar.getEvents().stream()
			.filter(e -> e.getSummary().getValue().startsWith("Hạn báo cáo"))
			.filter(e -> e.getDescription() != null && e.getDescription().getValue().contains(issued.symbol()))
			.findFirst().orElseThrow();
		assertThat(LocalDate.ofInstant(deadline.getDateStart().getValue().toInstant(), java.time.ZoneId.systemDefault()))
			.isEqualTo(today().plusDays(12));
		assertThat(deadline.getDateStart().getValue().hasTime()).as("a whole day").isFalse();
		assertThat(deadline.getDescription().getValue()).contains(organizationName(boardA));
		assertThat(calendar.getEvents()).extracting(e -> e.getDescription() == null ? "" : e.getDescription().getValue())
			.as("commune B's task is not in commune A's calendar")
			.noneMatch(description -> description.contains(organizationName(boardB)));

		SeedFixture.as(communeA, () -> {
			feeds.end();
			return null;
		});
		assertThat(new vn.mattran.Browserless(port).get(path).statusCode()).isEqualTo(404);
	}

	@Test
	void theGivingSideNeitherReportsForTheCommunesNorAcceptsItsOwnReport() throws Exception {
		Plan issued = issuedPlan("Kế hoạch không tự báo cáo", today().plusDays(8));
		Task communes = taskOf(issued, boardA);
		assertThat(SeedFixture.as(districtOfficer, () -> tasks.assignee(communes))).isFalse();
		mvc.perform(multipart("/tasks/" + communes.id() + "/report").param("text", "Báo cáo thay.")
			.param("figure.so_tien", "1").param("figure.so_ho", "1").with(csrf()).with(as(districtOfficer)))
			.andExpect(status().isForbidden());

		mvc.perform(multipart("/tasks/" + communes.id() + "/report").param("text", "Đã làm.")
			.param("figure.so_tien", "1").param("figure.so_ho", "1").with(csrf()).with(as(communeA)))
			.andExpect(flash().attribute("success", "task.reported"));
		assertThat(SeedFixture.as(communeA, () -> tasks.issuer(communes))).isFalse();
		mvc.perform(post("/tasks/" + communes.id() + "/accept").with(csrf()).with(as(communeA)))
			.andExpect(status().isForbidden());

		Plan own = SeedFixture.as(districtOfficer, () -> {
			DocumentText text = draft("Kế hoạch của huyện cho chính huyện", today()).content().text();
			var content = new PlanContent(text, List.of(new Assignment("btt-xa", "Văn phòng:", 2, List.of("Tổng hợp."),
					List.of(board), today().plusDays(3))), List.of(), List.of(), List.of(), List.of(), Map.of());
			Plan created = plans.create(new PlanDraft(PlanKind.PLAN, board, null, today().getYear(), today(),
					today().plusDays(3), today().plusDays(3), null, null, content));
			plans.submit(created.id());
			return created;
		});
		SeedFixture.as(districtLeader, () -> plans.approve(own.id()));
		SeedFixture.as(districtOfficer, () -> plans.issue(own.id(), null));
		Task ours = taskOf(own, board);
		SeedFixture.as(districtOfficer, () -> tasks.report(ours.id(), new Tasks.ReportDraft("Đã tổng hợp.", Map.of(), List.of())));
		assertThatThrownBy(() -> SeedFixture.as(districtOfficer, () -> tasks.accept(ours.id(), null)))
			.isInstanceOf(UserFacingException.class).hasMessageContaining("task.error.ownReport");
		assertThat(SeedFixture.as(districtLeader, () -> tasks.accept(ours.id(), null)).status())
			.isEqualTo(TaskStatus.ACCEPTED);
	}

	@Test
	void theIssueNeedsApprovalByALeaderAndAnOfficerCannotApprove() {
		Plan draft = SeedFixture.as(districtOfficer, () -> plans.create(draft("Kế hoạch chưa duyệt", today())));
		SeedFixture.as(districtOfficer, () -> plans.submit(draft.id()));
		assertThat(notices(districtLeader)).anySatisfy(n -> {
			assertThat(n.get("kind")).isEqualTo("PLAN_SUBMITTED");
			assertThat(n.get("link")).isEqualTo("/plans/" + draft.id());
		});
		assertThat(notices(districtOfficer)).noneSatisfy(n -> assertThat(n.get("kind")).isEqualTo("PLAN_SUBMITTED"));
		assertThatThrownBy(() -> SeedFixture.as(districtLeader, () -> plans.sendBack(draft.id(), " ")))
			.isInstanceOf(InvalidInput.class).hasMessageContaining("plan.error.sendBackNote");
		SeedFixture.as(districtLeader, () -> plans.sendBack(draft.id(), "Bổ sung căn cứ pháp lý."));
		assertThat(notices(districtOfficer)).anySatisfy(n -> assertThat((String) n.get("text"))
			.contains("Bổ sung căn cứ pháp lý."));
		SeedFixture.as(districtOfficer, () -> plans.submit(draft.id()));
		assertThatThrownBy(() -> SeedFixture.as(districtOfficer, () -> plans.approve(draft.id())))
			.isInstanceOf(UserFacingException.class);
		assertThatThrownBy(() -> SeedFixture.as(districtOfficer, () -> plans.issue(draft.id(), null)))
			.isInstanceOf(UserFacingException.class).hasMessageContaining("plan.error.wrongStatus.APPROVED");
		assertThatThrownBy(() -> SeedFixture.as(communeA, () -> plans.submit(draft.id())))
			.as("not the commune's plan").isInstanceOf(UserFacingException.class);
	}

	private Plan issuedPlan(String subject, LocalDate due) {
		Plan draft = SeedFixture.as(districtOfficer, () -> plans.create(draft(subject, due)));
		SeedFixture.as(districtOfficer, () -> plans.submit(draft.id()));
		SeedFixture.as(districtLeader, () -> plans.approve(draft.id()));
		return SeedFixture.as(districtOfficer, () -> plans.issue(draft.id(), null));
	}

	private PlanDraft draft(String subject, LocalDate due) {
		DocumentText text = new DocumentText(DocumentType.PLAN, board, null, null, RightTitle.FRONT, true, null,
				"KẾ HOẠCH", subject, null, null, "# I. TỔ CHỨC THỰC HIỆN\n@giao:btt-xa", null, "- Lưu: VT.",
				"TM. BAN THƯỜNG TRỰC", "CHỦ TỊCH", null, "Nguyễn Thị Nhung");
		PlanContent content = new PlanContent(text, List.of(new Assignment("btt-xa", "Ban Thường trực các xã:", 2,
				List.of("Tuyên truyền, vận động cán bộ, nhân dân ủng hộ."), List.of(boardA, boardB), due)), List.of(),
				List.of(), List.of(new Figure("so_tien", "Số tiền vận động", "đồng"), new Figure("so_ho", "Số hộ", "hộ")),
				List.of(), Map.of());
		return new PlanDraft(PlanKind.PLAN, board, null, today().getYear(), today().minusDays(1), due, due,
				null, null, content);
	}

	/** Today in Vietnam, as the application counts days. */
	private LocalDate today() {
		return tasks.today();
	}

	private Task taskOf(Plan plan, long bodyId) {
		return SeedFixture.as(districtOfficer, () -> tasks.search("issued", null, plan.id(), new PageRequest(0, 10)))
			.items().stream().filter(t -> t.assigneeBodyId() == bodyId).findFirst().orElseThrow();
	}

	private TaskState state(Task task) {
		return SeedFixture.as(districtOfficer, () -> tasks.get(task.id()).state(today()));
	}

	private Progress.PlanProgress progress(Plan plan) {
		return SeedFixture.as(districtOfficer, () -> progress.of(plan.id(), today()));
	}

	private List<Map<String, Object>> notices(MattranUser user) {
		return jdbc.sql("select kind, text, link from plan_notification where user_id = ? order by id desc")
			.param(user.id()).query().listOfRows();
	}

	private List<String> noticesOf(MattranUser user, String kind) {
		return jdbc.sql("select text from plan_notification where user_id = ? and kind = ?").params(user.id(), kind)
			.query(String.class).list();
	}

	private long countNotices(MattranUser user, String kind) {
		return noticesOf(user, kind).size();
	}

	private String organizationName(long bodyId) {
		return SystemUser.call(() -> organization.body(bodyId).name());
	}

	private long body(long unitId, BodyKind kind) {
		return organization.bodies(unitId).stream().filter(b -> b.kind() == kind).findFirst().orElseThrow().id();
	}

	private MattranUser user(String username, Role role, long unitId, String email) {
		Long person = email == null ? null : SystemUser.call(() -> people.create(new PersonDraft(unitId,
				"Cán bộ thử " + username, null, null, email, null)).id());
		SystemUser.run(() -> accounts.createInitial(username, IntegrationTest.DEMO_PASSWORD, role, unitId, person, false));
		return accounts.principal(username).orElseThrow();
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor as(MattranUser user) {
		return authentication(SeedFixture.authentication(user));
	}
}
