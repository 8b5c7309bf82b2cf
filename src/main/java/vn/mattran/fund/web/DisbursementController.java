package vn.mattran.fund.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.mattran.fund.Channel;
import vn.mattran.fund.Disbursement;
import vn.mattran.fund.DisbursementStatus;
import vn.mattran.fund.Fund;
import vn.mattran.fund.internal.Disbursements;
import vn.mattran.fund.internal.Drives;
import vn.mattran.fund.internal.Funds;
import vn.mattran.fund.internal.Projects;
import vn.mattran.households.HouseholdSummary;
import vn.mattran.households.Households;
import vn.mattran.households.SupportKind;
import vn.mattran.organization.Organization;
import vn.mattran.shared.error.UserFacingException;
import vn.mattran.shared.web.PageRequest;

/** Support payments of a fund: the list by status, proposing one, a payment's page, and the signed form kept for it. */
@Controller
class DisbursementController {

	private static final String LIST = "fund/disbursements";
	private static final String FORM = "fund/disbursement-form";
	private static final String SHOW = "fund/disbursement";

	private final Funds funds;
	private final Disbursements disbursements;
	private final Drives drives;
	private final Projects projects;
	private final Households households;
	private final Organization organization;
	private final UnitChoices units;

	DisbursementController(Funds funds, Disbursements disbursements, Drives drives, Projects projects,
			Households households, Organization organization, UnitChoices units) {
		this.funds = funds;
		this.disbursements = disbursements;
		this.drives = drives;
		this.projects = projects;
		this.households = households;
		this.organization = organization;
		this.units = units;
	}

	@GetMapping("/funds/{id}/disbursements")
	String list(@PathVariable long id, @RequestParam(required = false) DisbursementStatus status,
			@RequestParam(required = false) Integer page, Model model) {
		model.addAttribute("fund", funds.get(id));
		model.addAttribute("status", status);
		model.addAttribute("statuses", DisbursementStatus.values());
		model.addAttribute("results", disbursements.list(id, status, PageRequest.of(page, 25)));
		return LIST;
	}

	@GetMapping("/funds/{id}/disbursements/new")
	String newForm(@PathVariable long id, @RequestParam(required = false) Long household,
			@RequestParam(required = false) Long projectId, @RequestParam(required = false) Long need, Model model) {
		DisbursementForm form = new DisbursementForm();
		form.setHouseholdId(household);
		form.setNeedId(need);
		if (projectId != null) {
			form.setTarget(DisbursementForm.Target.PROJECT);
			form.setProjectId(projectId);
		}
		return form(funds.get(id), form, model);
	}

	@PostMapping("/funds/{id}/disbursements")
	String create(@PathVariable long id, @ModelAttribute("form") DisbursementForm form, BindingResult binding,
			Model model) {
		Fund fund = funds.get(id);
		if (binding.hasErrors() || !householdFound(form, binding)) {
			return form(fund, form, model);
		}
		try {
			Disbursement proposed = disbursements.propose(id, form.draft());
			return "redirect:/disbursements/" + proposed.id() + "?saved";
		}
		catch (UserFacingException e) {
			Outcome.reject(e, binding);
			return form(fund, form, model);
		}
	}

	/** A household typed in by its number must be one of the registry in the scope: said beside the field, not as an error page. */
	private boolean householdFound(DisbursementForm form, BindingResult binding) {
		if (form.getTarget() != DisbursementForm.Target.HOUSEHOLD) {
			return true;
		}
		if (form.getHouseholdId() == null) {
			binding.rejectValue("householdId", "fund.page.error.householdMissing");
			return false;
		}
		try {
			households.summary(form.getHouseholdId());
			return true;
		}
		catch (UserFacingException e) {
			binding.rejectValue("householdId", "fund.page.error.household",
					new Object[] { String.valueOf(form.getHouseholdId()) }, null);
			return false;
		}
	}

	private String form(Fund fund, DisbursementForm form, Model model) {
		model.addAttribute("fund", fund);
		model.addAttribute("form", form);
		HouseholdSummary household = household(form.getHouseholdId());
		model.addAttribute("household", household);
		model.addAttribute("needs", household == null ? List.of() : households.openNeeds(household.id()));
		model.addAttribute("projects", projects.list(fund.id()));
		model.addAttribute("drives", drives.list(fund.id()));
		model.addAttribute("units", units.below(fund));
		model.addAttribute("kinds", SupportKind.values());
		model.addAttribute("channels", List.of(Channel.CASH, Channel.BANK));
		model.addAttribute("targets", DisbursementForm.Target.values());
		return FORM;
	}

	private HouseholdSummary household(Long id) {
		if (id == null) {
			return null;
		}
		try {
			return households.summary(id);
		}
		catch (UserFacingException e) {
			return null;
		}
	}

	@GetMapping("/disbursements/{id}")
	String show(@PathVariable long id, Model model) {
		Disbursement d = disbursements.get(id);
		model.addAttribute("d", d);
		model.addAttribute("mayApprove", disbursements.mayDecide(d, true));
		model.addAttribute("mayReject", disbursements.mayDecide(d, false));
		model.addAttribute("fund", funds.get(d.fundId()));
		model.addAttribute("household", household(d.householdId()));
		model.addAttribute("project", d.projectId() == null ? null
				: projects.list(d.fundId()).stream().filter(p -> p.id() == d.projectId()).findFirst().orElse(null));
		model.addAttribute("area", organization.units(List.of(d.unitId())).get(d.unitId()));
		model.addAttribute("drive", d.driveId() == null ? null : drives.get(d.driveId()));
		model.addAttribute("today", funds.today());
		return SHOW;
	}

	/** The signed form or its photo, shown in the browser but never run: a sandboxed, unsniffed file. */
	@GetMapping("/disbursements/{id}/proof")
	ResponseEntity<byte[]> proof(@PathVariable long id) {
		Disbursements.ProofFile proof = disbursements.proof(id);
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
				.filename(proof.name(), StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.header("Content-Security-Policy", "sandbox")
			.contentType(MediaType.parseMediaType(proof.type()))
			.body(proof.content());
	}
}
