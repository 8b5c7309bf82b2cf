package vn.mattran.fund.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.mattran.fund.Channel;
import vn.mattran.fund.Disbursement;
import vn.mattran.fund.DisbursementDraft;
import vn.mattran.fund.DisbursementStatus;
import vn.mattran.fund.internal.Disbursements;
import vn.mattran.fund.internal.Projects;
import vn.mattran.households.SupportKind;
import vn.mattran.shared.web.PageOf;
import vn.mattran.shared.web.PageRequest;

/** Support payments (proposed → approved → paid) and projects paid in stages. */
@RestController
@Tag(name = "Quỹ / Funds")
class DisbursementsApi {

	private final Disbursements disbursements;
	private final Projects projects;

	DisbursementsApi(Disbursements disbursements, Projects projects) {
		this.disbursements = disbursements;
		this.projects = projects;
	}

	record DisbursementBody(Long householdId, Long projectId, String recipient, Long unitId, SupportKind kind,
			String amount, Channel channel, String reason, Long driveId, Long needId) {
	}

	record ReasonBody(String reason) {
	}

	record ProjectBody(String title, Long householdId, SupportKind kind, String budget, Long unitId) {
	}

	@GetMapping("/api/v1/funds/{id}/disbursements")
	ResponseEntity<List<Disbursement>> list(@PathVariable long id, @RequestParam(required = false) DisbursementStatus status,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		PageOf<Disbursement> found = disbursements.list(id, status, PageRequest.of(page, size));
		return ResponseEntity.ok().header("X-Total-Count", String.valueOf(found.total())).body(found.items());
	}

	@PostMapping("/api/v1/funds/{id}/disbursements")
	@Operation(summary = "Đề xuất chi hỗ trợ / Propose a support payment; 201, or 409 when the fund does not hold enough")
	ResponseEntity<Disbursement> propose(@PathVariable long id, @RequestBody DisbursementBody body) {
		Disbursement proposed = disbursements.propose(id, new DisbursementDraft(body.householdId(), body.projectId(),
				body.recipient(), body.unitId(), body.kind(), Amounts.of(body.amount()), body.channel(), body.reason(),
				body.driveId(), body.needId()));
		return ResponseEntity.created(URI.create("/api/v1/disbursements/" + proposed.id())).body(proposed);
	}

	@GetMapping("/api/v1/disbursements/{id}")
	Disbursement get(@PathVariable long id) {
		return disbursements.get(id);
	}

	@PostMapping("/api/v1/disbursements/{id}/approve")
	@Operation(summary = "Ban vận động duyệt (không phải người đề xuất) / The fund board approves (not the proposer)")
	Disbursement approve(@PathVariable long id) {
		return disbursements.approve(id);
	}

	@PostMapping("/api/v1/disbursements/{id}/reject")
	Disbursement reject(@PathVariable long id, @RequestBody ReasonBody body) {
		return disbursements.reject(id, body.reason());
	}

	@PostMapping("/api/v1/disbursements/{id}/pay")
	@Operation(summary = "Chi tiền: một bút toán, ghi vào lịch sử hỗ trợ của hộ / Pay: one entry, and the household's support history")
	Disbursement pay(@PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate paidOn) {
		return disbursements.pay(id, paidOn);
	}

	@GetMapping("/api/v1/funds/{id}/projects")
	List<Projects.Project> projects(@PathVariable long id) {
		return projects.list(id);
	}

	@PostMapping("/api/v1/funds/{id}/projects")
	@Operation(summary = "Công trình chi theo đợt (nhà Đại đoàn kết) / A project paid in stages: {title, householdId, kind, budget, unitId}")
	ResponseEntity<Projects.Project> project(@PathVariable long id, @RequestBody ProjectBody body) {
		Projects.Project project = projects.create(id, body.title(), body.householdId(), body.kind(),
				Amounts.of(body.budget()), body.unitId());
		return ResponseEntity.status(201).body(project);
	}
}
