package vn.mattran.planning.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.mattran.organization.Body;
import vn.mattran.organization.BodyKind;
import vn.mattran.organization.Organization;
import vn.mattran.organization.Unit;
import vn.mattran.planning.Campaign;
import vn.mattran.planning.Plan;
import vn.mattran.planning.PlanContent.SiteLine;
import vn.mattran.planning.PlanDraft;
import vn.mattran.planning.Task;
import vn.mattran.planning.internal.PlanSeeds.Progress;
import vn.mattran.planning.internal.PlanSeeds.Ref;
import vn.mattran.planning.internal.PlanSeeds.SeedPlan;
import vn.mattran.shared.data.Datasets;
import vn.mattran.shared.security.SystemUser;

/**
 * The five seeds in the demo, after the organisation's: Khe Tre's 2021 programme and Kon Tum's
 * plan issued through the register, An Lão's plan 50/KH-MTTQ-BTT and Tân Biên's dispatch
 * 1840/UBND-VP entered with the numbers they bear, Lê Đại Hành's plan approved and waiting to be
 * issued. Tasks carry the reports the seeds' own deadlines call for, some late, some missing;
 * Kon Tum's model sites, An Lão's communes implementing their district's plan, and Khe Tre's
 * emulation commitment show the rest.
 */
@Component
@Order(30)
class DemoPlans implements ApplicationRunner {

	static final String DATASET = "demo-planning";
	private static final Logger log = LoggerFactory.getLogger(DemoPlans.class);

	private final Plans plans;
	private final Tasks tasks;
	private final Campaigns campaigns;
	private final TaskRepository taskRows;
	private final Organization organization;
	private final Datasets datasets;
	private final TransactionTemplate transaction;
	private final boolean demo;

	DemoPlans(Plans plans, Tasks tasks, Campaigns campaigns, TaskRepository taskRows, Organization organization,
			Datasets datasets, TransactionTemplate transaction, @Value("${mattran.setup.demo:true}") boolean demo) {
		this.plans = plans;
		this.tasks = tasks;
		this.campaigns = campaigns;
		this.taskRows = taskRows;
		this.organization = organization;
		this.datasets = datasets;
		this.transaction = transaction;
		this.demo = demo;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (demo) {
			SystemUser.run(() -> transaction.executeWithoutResult(status -> datasets.loadOnce(DATASET, this::load)));
		}
	}

	private int load() {
		Map<String, Plan> loaded = new HashMap<>();
		for (SeedPlan seed : PlanSeeds.all()) {
			loaded.put(seed.seed().substring(0, 3), load(seed));
		}
		implementing(loaded.get("002"));
		emulation();
		log.info("Demo plans loaded: the {} seeds with their tasks, reports and model sites", loaded.size());
		return loaded.size();
	}

	private Plan load(SeedPlan seed) {
		Long campaignId = seed.campaign() == null ? null : campaigns.create(body(seed.issuer()).unitId(),
				Campaign.Kind.CAMPAIGN, seed.campaign(), LocalDate.of(seed.year(), 1, 1), null,
				"Cuộc vận động do Ủy ban Trung ương MTTQ Việt Nam phát động, các cấp Mặt trận triển khai.").id();
		Plan plan = plans.create(new PlanDraft(seed.kind(), body(seed.issuer()).id(),
				seed.drafting() == null ? null : body(seed.drafting()).id(), seed.year(), seed.startsOn(), seed.endsOn(),
				seed.reportDueOn(), null, campaignId, seed.content(ref -> body(ref).id(), ref -> unit(ref).id())));
		plan = plans.submit(plan.id());
		plan = plans.approve(plan.id());
		if (seed.number() != null) {
			plan = plans.record(plan.id(), seed.number(), seed.issuedOn(), true);
		}
		else {
			if (seed.kind() != vn.mattran.planning.PlanKind.PLAN || seed.seed().startsWith("001")) {
				plan = plans.issue(plan.id(), seed.startsOn());
			}
		}
		progress(seed, plan);
		sites(seed, plan, campaignId);
		return plan;
	}

	/** The demo's reports, as the seed's "progress" lists them, sent on their days. */
	private void progress(SeedPlan seed, Plan plan) {
		if (!plan.issued()) {
			return;
		}
		List<Task> given = taskRows.ofPlan(plan.id());
		for (Progress step : seed.progress()) {
			long bodyId = plan.content().assignments().stream().filter(a -> a.key().equals(step.assignment()))
				.findFirst().orElseThrow().assigneeBodyIds().get(step.assignee());
			Task task = given.stream().filter(t -> t.assignmentKey().equals(step.assignment())
					&& t.assigneeBodyId() == bodyId).findFirst().orElseThrow();
			if (step.status().equals("IN_PROGRESS")) {
				tasks.start(task.id());
				continue;
			}
			Map<String, String> figures = new HashMap<>();
			step.figures().forEach((code, value) -> figures.put(code, String.valueOf(value)));
			tasks.report(task.id(), new Tasks.ReportDraft(step.text(), figures, List.of()), step.reportedOn());
			switch (step.status()) {
				case "ACCEPTED" -> tasks.accept(task.id(), null);
				case "RETURNED" -> tasks.sendBack(task.id(), step.reviewNote());
				default -> {
				}
			}
		}
	}

	/** The model sites a plan lists, each with its share of the budget line and its period. */
	private void sites(SeedPlan seed, Plan plan, Long campaignId) {
		List<SiteLine> lines = plan.content().sites();
		if (lines.isEmpty()) {
			return;
		}
		long share = plan.content().budget().isEmpty() ? 0 : plan.content().budget().get(0).unitAmount();
		int n = 0;
		for (SiteLine line : lines) {
			String kind = line.kind().equals("PCTP") ? "Phòng chống tội phạm" : "Phòng chống tội phạm, ma túy";
			var site = campaigns.addSite(new Campaigns.SiteDraft(plan.id(), campaignId, kind,
					line.line().replaceFirst("^- ", "").replaceAll("[,.;]$", ""), line.placeUnitId(),
					line.responsibleBodyId(), seed.startsOn(), seed.endsOn(), share));
			if (n++ % 3 == 0) {
				campaigns.addProgress(site.id(), seed.startsOn().plusMonths(2),
						"Đã tổ chức hội nghị tuyên truyền ra mắt mô hình; thôn duy trì sinh hoạt định kỳ hằng tháng.");
			}
		}
	}

	/** Two communes of An Lão take up the district's plan 50/KH-MTTQ-BTT: one issued theirs, one is drafting. */
	private void implementing(Plan upper) {
		List<Task> given = taskRows.ofPlan(upper.id()).stream()
			.filter(t -> t.assignmentKey().equals("btt-xa")).toList();
		Plan first = plans.implement(upper.id(), given.get(0).assigneeBodyId());
		plans.submit(first.id());
		plans.approve(first.id());
		plans.issue(first.id(), LocalDate.of(2023, 8, 7));
		plans.implement(upper.id(), given.get(1).assigneeBodyId());
	}

	/** Khe Tre's commitment to Nam Đông's 2021 emulation movement, signed in January, evaluated in December. */
	private void emulation() {
		Unit kheTre = organization.unitByCode("20161", LocalDate.of(2021, 1, 1)).orElseThrow();
		Campaign movement = campaigns.create(kheTre.parentId(), Campaign.Kind.EMULATION,
				"Phong trào thi đua của Mặt trận Tổ quốc Việt Nam huyện Nam Đông năm 2021", LocalDate.of(2021, 1, 1),
				LocalDate.of(2021, 12, 31), "Ký cam kết đầu năm, đánh giá cuối năm (dữ liệu minh họa).");
		var commitment = campaigns.commit(movement.id(), kheTre.id(), 2021,
				"Hoàn thành chương trình công tác năm 2021; thu Quỹ “Vì người nghèo” đạt chỉ tiêu; tổ chức ngày hội "
						+ "“Đại đoàn kết toàn dân tộc” ở 100% khu dân cư.", LocalDate.of(2021, 1, 20));
		campaigns.evaluate(commitment.id(), 92, "Giấy khen của Ủy ban MTTQ Việt Nam huyện", LocalDate.of(2021, 12, 20));
	}

	private Body body(Ref ref) {
		Unit unit = unit(ref);
		BodyKind kind = ref.kind() == null ? BodyKind.COMMITTEE : ref.kind();
		return organization.bodies(unit.id()).stream()
			.filter(body -> body.kind() == kind)
			.filter(body -> ref.abbreviation() == null || ref.abbreviation().equals(body.abbreviation()))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("The demo has no " + kind + " " + ref.abbreviation() + " in "
					+ unit.name()));
	}

	private Unit unit(Ref ref) {
		Unit unit = organization.unitByCode(ref.unitCode(), ref.on())
			.orElseThrow(() -> new IllegalStateException("The demo has no unit " + ref.unitCode() + " on " + ref.on()));
		for (String name : ref.names()) {
			Unit parent = unit;
			unit = organization.children(parent.id(), ref.on()).stream().filter(child -> child.name().equals(name))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("The demo has no " + name + " under " + parent.name()));
		}
		return unit;
	}
}
