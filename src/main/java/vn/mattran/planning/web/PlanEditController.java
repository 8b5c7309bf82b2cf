package vn.mattran.planning.web;

import java.time.LocalDate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.mattran.organization.Body;
import vn.mattran.organization.Organization;
import vn.mattran.planning.Plan;
import vn.mattran.planning.PlanContent.ItemKind;
import vn.mattran.planning.PlanKind;
import vn.mattran.planning.internal.Campaigns;
import vn.mattran.planning.internal.Plans;
import vn.mattran.shared.error.InvalidInput;
import vn.mattran.shared.error.UserFacingException;
import vn.mattran.shared.security.CurrentUser;
import vn.mattran.shared.web.Forms;

/** Writing a programme, plan or dispatch: choosing the issuing body, the form, saving the draft. */
@Controller
class PlanEditController {

	static final String FORM = "plans/form";

	private final Plans plans;
	private final Organization organization;
	private final Campaigns campaigns;

	PlanEditController(Plans plans, Organization organization, Campaigns campaigns) {
		this.plans = plans;
		this.organization = organization;
		this.campaigns = campaigns;
	}

	@InitBinder("form")
	void binding(WebDataBinder binder) {
		binder.setDisallowedFields("kept", "kept.*");
		binder.setAutoGrowCollectionLimit(2000);
	}

	/** Without a body: choose one of the unit's bodies and the kind; with one: the blank form. */
	@GetMapping("/plans/new")
	String newPlan(@RequestParam(required = false) Long unit, @RequestParam(required = false) Long body,
			@RequestParam(required = false) PlanKind kind, @RequestParam(required = false) Integer year, Model model) {
		if (body == null || kind == null) {
			Long unitId = unit != null ? unit : CurrentUser.get().map(me -> me.homeUnitId()).orElse(null);
			if (unitId == null) {
				throw new InvalidInput("unit", "document.error.chooseUnit");
			}
			model.addAttribute("unit", organization.unit(unitId));
			model.addAttribute("bodies", organization.bodies(unitId));
			model.addAttribute("kinds", PlanKind.values());
			model.addAttribute("kind", kind == null ? PlanKind.PLAN : kind);
			return "plans/choose";
		}
		int forYear = year == null ? LocalDate.now(vn.mattran.shared.format.Formats.VIETNAM).getYear() : year;
		return form(model, PlanForm.blank(kind, organization.body(body).id(), forYear), null);
	}

	@PostMapping("/plans")
	String create(@ModelAttribute("form") PlanForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		if (binding.hasErrors()) {
			return form(model, form, null);
		}
		try {
			Plan created = plans.create(form.draft());
			redirect.addFlashAttribute("success", "plan.saved");
			return "redirect:/plans/" + created.id();
		}
		catch (UserFacingException e) {
			return refused(e, binding, model, form, null);
		}
	}

	/** A refusal shown on the form again, with everything typed kept (a 403 or 404 is no form's business). */
	private String refused(UserFacingException e, BindingResult binding, Model model, PlanForm form, Plan editing) {
		if (e instanceof InvalidInput invalid) {
			Forms.reject(binding, invalid);
		}
		else if (e.status() == 409) {
			binding.reject(e.messageKey(), e.args(), e.messageKey());
		}
		else {
			throw e;
		}
		return form(model, form, editing);
	}

	@GetMapping("/plans/{id}/edit")
	String edit(@PathVariable long id, Model model) {
		Plan plan = plans.get(id);
		CurrentUser.requireInScope(plan.unitPath(), plan.title());
		if (!plan.editable()) {
			throw UserFacingException.conflict("plan.error.notDraft", plan.title());
		}
		return form(model, PlanForm.of(plan), plan);
	}

	@PostMapping("/plans/{id}/edit")
	String update(@PathVariable long id, @RequestParam(required = false) Integer version,
			@ModelAttribute("form") PlanForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
		Plan plan = plans.get(id);
		CurrentUser.requireInScope(plan.unitPath(), plan.title());
		form.setKept(plan.content());
		form.setParentPlanId(plan.parentPlanId());
		if (binding.hasErrors()) {
			return form(model, form, plan);
		}
		try {
			plans.update(id, version == null ? -1 : version, form.draft());
			redirect.addFlashAttribute("success", "plan.saved");
			return "redirect:/plans/" + id;
		}
		catch (UserFacingException e) {
			return refused(e, binding, model, form, plan);
		}
	}

	private String form(Model model, PlanForm form, Plan editing) {
		if (form.getIssuerBodyId() == null) {
			throw new InvalidInput("issuerBodyId", "document.error.issuerRequired");
		}
		Body issuer = organization.body(form.getIssuerBodyId());
		int year = form.getYear() == null ? LocalDate.now(vn.mattran.shared.format.Formats.VIETNAM).getYear()
				: form.getYear();
		LocalDate day = form.getStartsOn() != null ? form.getStartsOn() : LocalDate.of(year, 1, 1);
		model.addAttribute("form", form.withEmptyRows());
		model.addAttribute("editing", editing);
		model.addAttribute("issuer", issuer);
		model.addAttribute("draftingBodies", organization.bodies(issuer.unitId()).stream()
			.filter(body -> body.id() != issuer.id()).toList());
		AssigneeChoices.Choices choices = AssigneeChoices.of(organization, issuer, day);
		model.addAttribute("assignees", choices.groups());
		model.addAttribute("assigneesTruncated", choices.truncated());
		model.addAttribute("campaigns", campaigns.visible());
		model.addAttribute("itemKinds", ItemKind.values());
		model.addAttribute("rightTitles", vn.mattran.documents.RightTitle.values());
		return FORM;
	}
}
