package vn.mattran.planning.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.mattran.planning.Plan;
import vn.mattran.planning.PlanKind;
import vn.mattran.planning.PlanStatus;
import vn.mattran.planning.Task;
import vn.mattran.planning.internal.Plans;
import vn.mattran.planning.internal.Tasks;
import vn.mattran.shared.web.PageRequest;

/** Programmes, plans and dispatches, and the tasks they give, within the caller's scope. */
@RestController
@Tag(name = "Kế hoạch / Plans")
class PlansApi {

	private final Plans plans;
	private final Tasks tasks;

	PlansApi(Plans plans, Tasks tasks) {
		this.plans = plans;
		this.tasks = tasks;
	}

	record PlanJson(long id, String symbol, PlanKind kind, String title, String issuer, PlanStatus status,
			Long documentId) {
	}

	record TaskJson(long id, String assignee, LocalDate deadline, String status) {
	}

	record PlanDetailJson(long id, String symbol, PlanKind kind, String title, String issuer, PlanStatus status,
			Long documentId, int year, LocalDate startsOn, LocalDate endsOn, LocalDate reportDueOn, LocalDate issuedOn,
			Long parentPlanId, List<String> figures) {
	}

	@GetMapping("/api/v1/plans")
	@Operation(summary = "Tìm chương trình, kế hoạch, công văn (không dấu được) / Search plans")
	List<PlanJson> search(@RequestParam(required = false) String q, @RequestParam(required = false) PlanKind kind,
			@RequestParam(required = false) PlanStatus status, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return plans.search(q, kind, status, year, null, PageRequest.of(page, size)).items().stream()
			.map(p -> new PlanJson(p.id(), p.symbol(), p.kind(), p.title(), p.issuerName(), p.status(), p.documentId()))
			.toList();
	}

	@GetMapping("/api/v1/plans/{id}")
	@Operation(summary = "Một kế hoạch / One plan")
	PlanDetailJson get(@PathVariable long id) {
		Plan p = plans.get(id);
		return new PlanDetailJson(p.id(), p.symbol(), p.kind(), p.title(), p.issuerName(), p.status(), p.documentId(),
				p.year(), p.startsOn(), p.endsOn(), p.reportDueOn(), p.issuedOn(), p.parentPlanId(),
				p.content().figures().stream().map(f -> f.code()).toList());
	}

	@GetMapping("/api/v1/plans/{id}/tasks")
	@Operation(summary = "Nhiệm vụ của kế hoạch: nơi thực hiện, hạn, trạng thái (OVERDUE khi quá hạn) / A plan's tasks")
	List<TaskJson> tasks(@PathVariable long id) {
		plans.get(id);
		LocalDate today = tasks.today();
		List<TaskJson> all = new java.util.ArrayList<>();
		for (int page = 0;; page++) {
			var found = tasks.search(null, null, id, new PageRequest(page, PageRequest.MAX_SIZE));
			found.items().forEach((Task t) -> all.add(new TaskJson(t.id(), t.assigneeName(), t.dueOn(),
					t.state(today).name())));
			if (!found.hasNext()) {
				return all;
			}
		}
	}
}
