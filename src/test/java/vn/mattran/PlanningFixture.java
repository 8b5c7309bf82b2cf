package vn.mattran;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.mattran.documents.DocumentText;
import vn.mattran.documents.DocumentType;
import vn.mattran.documents.RightTitle;
import vn.mattran.planning.Campaign;
import vn.mattran.planning.Plan;
import vn.mattran.planning.PlanContent;
import vn.mattran.planning.PlanContent.Assignment;
import vn.mattran.planning.PlanContent.Figure;
import vn.mattran.planning.PlanDraft;
import vn.mattran.planning.PlanKind;
import vn.mattran.planning.internal.AttachmentUpload;
import vn.mattran.planning.internal.Campaigns;
import vn.mattran.planning.internal.Notifications;
import vn.mattran.planning.internal.Plans;
import vn.mattran.planning.internal.Tasks;
import vn.mattran.shared.security.Role;
import vn.mattran.shared.security.SystemUser;

/**
 * Planning ids on both sides of the scope border: "in" a plan the ward issued to two of its member
 * organisations (one task left open, one reported with a photo), a draft, a campaign, a model site
 * and a commitment of the ward; "out" Kon Tum's plan, task, report file, campaign and site, and
 * Khe Tre's commitment. Each test user has a notice of its own.
 */
public final class PlanningFixture {

	/** The smallest real JPEG header a type detector reads as a photo. */
	public static final byte[] PHOTO = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F', 0,
			1, 1, 0, 0, 1, 0, 1, 0, 0, (byte) 0xFF, (byte) 0xD9 };

	public final long inPlan;
	public final long inDraft;
	public final long inTask;
	public final long inAttachment;
	public final long inBody;
	public final long outPlan;
	public final long outTask;
	public final long outAttachment;
	public final long inCampaign;
	public final long outCampaign;
	public final long inSite;
	public final long outSite;
	public final long inEmulation;
	public final long outEmulation;
	public final long outNotification;
	public final Map<Role, Long> ownNotifications = new EnumMap<>(Role.class);

	public PlanningFixture(ApplicationContext context, SeedFixture seed) {
		Plans plans = context.getBean(Plans.class);
		Tasks tasks = context.getBean(Tasks.class);
		Campaigns campaigns = context.getBean(Campaigns.class);
		Notifications notifications = context.getBean(Notifications.class);
		JdbcClient jdbc = context.getBean(JdbcClient.class);
		long women = id(jdbc, "select id from org_body where unit_id = ? and abbreviation = 'Hội LHPN'", seed.ward);
		long youth = id(jdbc, "select id from org_body where unit_id = ? and abbreviation = 'Đoàn TN'", seed.ward);
		inBody = women;
		LocalDate today = tasks.today();
		inPlan = SystemUser.call(() -> {
			Plan draft = plans.create(plan(seed.inBoard, "Kế hoạch thử quyền truy cập", List.of(women, youth), today));
			plans.submit(draft.id());
			plans.approve(draft.id());
			return plans.issue(draft.id(), today).id();
		});
		inDraft = SystemUser.call(() -> plans.create(plan(seed.inBoard, "Dự thảo thử quyền", List.of(women), today)).id());
		List<vn.mattran.planning.Task> given = SystemUser.call(() -> tasks.search(null, null, inPlan,
				new vn.mattran.shared.web.PageRequest(0, 10)).items());
		inTask = given.stream().filter(t -> t.assigneeBodyId() == women).findFirst().orElseThrow().id();
		long reported = given.stream().filter(t -> t.assigneeBodyId() == youth).findFirst().orElseThrow().id();
		inAttachment = SystemUser.call(() -> {
			tasks.report(reported, new Tasks.ReportDraft("Đã vận động.", Map.of("so_tien", "1000000"),
					List.of(new AttachmentUpload("anh.jpg", PHOTO))));
			return id(jdbc, "select a.id from plan_attachment a join plan_report r on r.id = a.report_id where r.task_id = ?",
					reported);
		});
		outPlan = id(jdbc, "select id from plan_plan where symbol = '01/KH-MTTQ-BTT' and issuer_name like '%Kon Tum'");
		outTask = id(jdbc, "select min(id) from plan_task where plan_id = ? and status = 'ASSIGNED'", outPlan);
		long outReported = id(jdbc, "select max(id) from plan_task where plan_id = ? and status = 'ASSIGNED'", outPlan);
		outAttachment = SystemUser.call(() -> {
			tasks.report(outReported, new Tasks.ReportDraft("Báo cáo ngoài phạm vi.", Map.of("mo_hinh", "1", "hoi_nghi", "1",
					"luot_nguoi", "10"), List.of(new AttachmentUpload("anh.jpg", PHOTO))));
			return id(jdbc, "select a.id from plan_attachment a join plan_report r on r.id = a.report_id where r.task_id = ?",
					outReported);
		});
		Campaign movement = SystemUser.call(() -> campaigns.create(seed.ward, Campaign.Kind.EMULATION,
				"Phong trào thi đua thử quyền", today.withDayOfYear(1), null, null));
		inCampaign = movement.id();
		inSite = SystemUser.call(() -> campaigns.addSite(new Campaigns.SiteDraft(null, movement.id(), "Khu dân cư kiểu mẫu",
				null, seed.groupOne, null, today, null, 1_000_000L)).id());
		inEmulation = SystemUser.call(() -> campaigns.commit(movement.id(), seed.ward, today.getYear(), "Cam kết thử",
				today).id());
		outCampaign = id(jdbc, "select min(id) from plan_campaign where kind = 'CAMPAIGN'");
		outSite = id(jdbc, "select min(id) from plan_model_site where campaign_id = ?", outCampaign);
		outEmulation = id(jdbc, "select min(id) from plan_emulation where unit_name = 'Thị trấn Khe Tre'");
		SystemUser.run(() -> notifications.tell(seed.ward, "TASK_ASSIGNED", "Thông báo thử quyền", "/tasks"));
		seed.users.forEach((role, user) -> {
			if (role != Role.SYSTEM_ADMIN) {
				ownNotifications.put(role, id(jdbc, "select max(id) from plan_notification where user_id = ?", user.id()));
			}
		});
		long konTum = id(jdbc, "select unit_id from plan_plan where id = ?", outPlan);
		SystemUser.run(() -> notifications.tell(konTum, "TASK_ASSIGNED", "Thông báo của người khác", "/tasks"));
		outNotification = id(jdbc, "select max(n.id) from plan_notification n join org_user u on u.id = n.user_id"
				+ " where u.username = 'kontum'");
	}

	static PlanDraft plan(long board, String subject, List<Long> assignees, LocalDate today) {
		DocumentText text = new DocumentText(DocumentType.PLAN, board, null, null, RightTitle.FRONT, true, "Hà Nội",
				"KẾ HOẠCH", subject, null, null, "Nội dung.\n@giao:to-chuc", null, "- Lưu: VT.", null, null, null, null);
		PlanContent content = new PlanContent(text, List.of(new Assignment("to-chuc", "Các tổ chức thành viên:", 2,
				List.of("Vận động hội viên tham gia."), assignees, today.plusDays(30))), List.of(), List.of(),
				List.of(new Figure("so_tien", "Số tiền vận động", "đồng")), List.of(), Map.of());
		return new PlanDraft(PlanKind.PLAN, board, null, today.getYear(), today, today.plusDays(30), today.plusDays(30),
				null, null, content);
	}

	private static long id(JdbcClient jdbc, String sql, Object... parameters) {
		return jdbc.sql(sql).params(parameters).query(Long.class).single();
	}
}
