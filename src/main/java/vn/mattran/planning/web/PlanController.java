package vn.mattran.planning.web;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.mattran.planning.Plan;
import vn.mattran.planning.PlanKind;
import vn.mattran.planning.PlanStatus;
import vn.mattran.planning.internal.Campaigns;
import vn.mattran.planning.internal.Plans;
import vn.mattran.planning.internal.Progress;
import vn.mattran.planning.internal.Tasks;
import vn.mattran.shared.error.UserFacingException;
import vn.mattran.shared.security.CurrentUser;
import vn.mattran.shared.security.Role;
import vn.mattran.shared.web.PageRequest;

/** The list of plans, a plan's page with its flow, its preview files, its progress, and its cascade. */
@Controller
class PlanController {

	private final Plans plans;
	private final Tasks tasks;
	private final Progress progress;
	private final Campaigns campaigns;
	private final vn.mattran.organization.Organization organization;

	PlanController(Plans plans, Tasks tasks, Progress progress, Campaigns campaigns,
			vn.mattran.organization.Organization organization) {
		this.plans = plans;
		this.tasks = tasks;
		this.progress = progress;
		this.campaigns = campaigns;
		this.organization = organization;
	}

	/** A programme item as the page shows it: its text for the year, and its day (a lunar day converted). */
	public record ItemView(vn.mattran.planning.PlanContent.ProgrammeItem item, String text, LocalDate day) {
	}

	@GetMapping("/plans")
	String index(@RequestParam(required = false) String q, @RequestParam(required = false) PlanKind kind,
			@RequestParam(required = false) PlanStatus status, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) String sort, @RequestParam(required = false) Integer page, Model model) {
		model.addAttribute("q", q == null ? "" : q);
		model.addAttribute("kind", kind);
		model.addAttribute("status", status);
		model.addAttribute("year", year);
		model.addAttribute("sort", sort == null ? "" : sort);
		model.addAttribute("kinds", PlanKind.values());
		model.addAttribute("statuses", PlanStatus.values());
		model.addAttribute("results", plans.search(q, kind, status, year, sort, PageRequest.of(page, 25)));
		return "plans/index";
	}

	@GetMapping("/plans/{id}")
	String show(@PathVariable long id, Model model) {
		Plan plan = plans.get(id);
		boolean ours = plans.ours(plan);
		model.addAttribute("plan", plan);
		model.addAttribute("ours", ours);
		model.addAttribute("today", tasks.today());
		model.addAttribute("preview", plans.previewHtml(id));
		var given = tasks.search(null, null, id, new PageRequest(0, PageRequest.MAX_SIZE));
		model.addAttribute("tasks", given.items());
		model.addAttribute("tasksTotal", given.total());
		model.addAttribute("parent", plan.parentPlanId() == null ? null : safeTitle(plan.parentPlanId()));
		model.addAttribute("campaign", plan.campaignId() == null ? null : campaigns.get(plan.campaignId()));
		model.addAttribute("sites", campaigns.sites(null, id));
		model.addAttribute("items", plan.content().items().stream()
			.map(item -> new ItemView(item, vn.mattran.planning.internal.PlanWriter.fill(item.text(), plan.year()),
					vn.mattran.planning.internal.PlanWriter.dayOf(item, plan.year()).orElse(null)))
			.collect(java.util.stream.Collectors.groupingBy(view -> view.item().month(), java.util.TreeMap::new,
					java.util.stream.Collectors.toList())));
		java.util.Map<Long, String> bodyNames = new java.util.HashMap<>();
		plan.content().assignments().forEach(a -> a.assigneeBodyIds().forEach(bodyId -> bodyNames.computeIfAbsent(bodyId,
				b -> {
					try {
						return organization.body(b).name();
					}
					catch (UserFacingException e) {
						return "#" + b;
					}
				})));
		model.addAttribute("bodyNames", bodyNames);
		model.addAttribute("cascade", plan.issued() && ours ? plans.cascade(id) : java.util.List.of());
		// Tasks this plan gives the caller's units, when the plan is someone else's (an upper level's).
		model.addAttribute("mine", plan.issued() && !ours ? tasks.search("assigned", null, id, new PageRequest(0, 50))
			.items() : java.util.List.of());
		return "plans/show";
	}

	@GetMapping("/plans/{id}/progress")
	String progress(@PathVariable long id, Model model) {
		model.addAttribute("progress", progress.of(id, tasks.today()));
		model.addAttribute("cascade", plans.cascade(id));
		model.addAttribute("today", tasks.today());
		return "plans/progress";
	}

	@PostMapping("/plans/{id}/submit")
	String submit(@PathVariable long id, RedirectAttributes redirect) {
		return step(id, redirect, "plan.submitted", () -> plans.submit(id));
	}

	@PostMapping("/plans/{id}/approve")
	String approve(@PathVariable long id, RedirectAttributes redirect) {
		return step(id, redirect, "plan.approved", () -> plans.approve(id));
	}

	@PostMapping("/plans/{id}/send-back")
	String sendBack(@PathVariable long id, @RequestParam(required = false) String note, RedirectAttributes redirect) {
		return step(id, redirect, "plan.sentBack", () -> plans.sendBack(id, note));
	}

	@PostMapping("/plans/{id}/issue")
	String issue(@PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate issuedOn,
			RedirectAttributes redirect) {
		return step(id, redirect, "plan.issued", () -> plans.issue(id, issuedOn));
	}

	/** A subordinate body's own plan implementing this one, pre-filled, to edit. */
	@PostMapping("/plans/{id}/implement")
	String implement(@PathVariable long id, @RequestParam long bodyId, RedirectAttributes redirect) {
		Plan created = plans.implement(id, bodyId);
		redirect.addFlashAttribute("success", "plan.implementStarted");
		return "redirect:/plans/" + created.id() + "/edit";
	}

	/** The plan's PDF: as issued once issued, else the draft as it would print now. */
	@GetMapping("/plans/{id}.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable long id) {
		return file(plans.previewPdf(id), MediaType.APPLICATION_PDF_VALUE, fileName(plans.get(id), "pdf"));
	}

	@GetMapping("/plans/{id}.docx")
	ResponseEntity<byte[]> docx(@PathVariable long id) {
		return file(plans.previewDocx(id), "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
				fileName(plans.get(id), "docx"));
	}

	private static String fileName(Plan plan, String extension) {
		return (plan.symbol() != null ? plan.symbol().replace('/', '_') : "du-thao-" + plan.id()) + "." + extension;
	}

	private String safeTitle(long parentId) {
		try {
			return plans.get(parentId).title();
		}
		catch (UserFacingException e) {
			return "#" + parentId;
		}
	}

	private static String step(long id, RedirectAttributes redirect, String success, java.util.function.Supplier<Plan> work) {
		try {
			Plan plan = work.get();
			redirect.addFlashAttribute("success", success);
			redirect.addFlashAttribute("successArgs", new Object[] { plan.symbol() == null ? plan.title() : plan.symbol() });
		}
		catch (UserFacingException e) {
			if (e.status() == 403 || e.status() == 404) {
				throw e;
			}
			redirect.addFlashAttribute("failure", e.messageKey());
			redirect.addFlashAttribute("failureArgs", e.args());
		}
		return "redirect:/plans/" + id;
	}

	static ResponseEntity<byte[]> file(byte[] content, String mediaType, String fileName) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename(fileName, java.nio.charset.StandardCharsets.UTF_8).build().toString())
			.contentType(MediaType.parseMediaType(mediaType))
			.body(content);
	}

	static boolean officer() {
		return CurrentUser.get().map(user -> user.has(Role.OFFICER)).orElse(false);
	}
}
