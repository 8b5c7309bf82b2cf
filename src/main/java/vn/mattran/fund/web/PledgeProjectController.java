package vn.mattran.fund.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.mattran.fund.DonorKind;
import vn.mattran.fund.Fund;
import vn.mattran.fund.internal.Drives;
import vn.mattran.fund.internal.Funds;
import vn.mattran.fund.internal.Pledges;
import vn.mattran.fund.internal.Projects;
import vn.mattran.households.SupportKind;
import vn.mattran.shared.error.UserFacingException;

/** A fund's pledges (with what is still owed and which are overdue) and its projects paid in stages, each with its form. */
@Controller
class PledgeProjectController {

	private final Funds funds;
	private final Drives drives;
	private final Pledges pledges;
	private final Projects projects;

	PledgeProjectController(Funds funds, Drives drives, Pledges pledges, Projects projects) {
		this.funds = funds;
		this.drives = drives;
		this.pledges = pledges;
		this.projects = projects;
	}

	@GetMapping("/funds/{id}/pledges")
	String pledges(@PathVariable long id, Model model) {
		PledgeForm form = new PledgeForm();
		form.setPledgedOn(funds.today());
		return pledgePage(funds.get(id), form, model);
	}

	@PostMapping("/funds/{id}/pledges")
	String pledge(@PathVariable long id, @ModelAttribute("form") PledgeForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		Fund fund = funds.get(id);
		if (binding.hasErrors()) {
			return pledgePage(fund, form, model);
		}
		try {
			pledges.pledge(id, form.draft(), form.getDueOn());
			redirect.addFlashAttribute("success", "fund.page.pledge.saved");
			return "redirect:/funds/" + id + "/pledges";
		}
		catch (UserFacingException e) {
			Outcome.reject(e, binding);
			return pledgePage(fund, form, model);
		}
	}

	@GetMapping("/funds/{id}/projects")
	String projects(@PathVariable long id, Model model) {
		return projectPage(funds.get(id), new ProjectForm(), model);
	}

	@PostMapping("/funds/{id}/projects")
	String project(@PathVariable long id, @ModelAttribute("form") ProjectForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		Fund fund = funds.get(id);
		if (binding.hasErrors()) {
			return projectPage(fund, form, model);
		}
		try {
			projects.create(id, form.getTitle(), form.getHouseholdId(), form.getKind(),
					MoneyInput.parse(form.getBudget(), "budget"), null);
			redirect.addFlashAttribute("success", "fund.page.project.saved");
			return "redirect:/funds/" + id + "/projects";
		}
		catch (UserFacingException e) {
			Outcome.reject(e, binding);
			return projectPage(fund, form, model);
		}
	}

	private String pledgePage(Fund fund, PledgeForm form, Model model) {
		model.addAttribute("fund", fund);
		model.addAttribute("form", form);
		model.addAttribute("pledges", pledges.list(fund.id()));
		model.addAttribute("drives", drives.list(fund.id()));
		model.addAttribute("donorKinds", DonorKind.values());
		model.addAttribute("today", funds.today());
		return "fund/pledges";
	}

	private String projectPage(Fund fund, ProjectForm form, Model model) {
		model.addAttribute("fund", fund);
		model.addAttribute("form", form);
		model.addAttribute("projects", projects.list(fund.id()).stream()
			.map(p -> new ProjectRow(p, projects.stages(p.id()))).toList());
		model.addAttribute("kinds", SupportKind.values());
		return "fund/projects";
	}

	/** A project with its stages (payments) and what they add up to. */
	public record ProjectRow(Projects.Project project, java.util.List<vn.mattran.fund.Disbursement> stages) {

		public long staged() {
			return stages.stream().filter(s -> s.status() != vn.mattran.fund.DisbursementStatus.REJECTED)
				.mapToLong(vn.mattran.fund.Disbursement::amount).sum();
		}

		public long paid() {
			return stages.stream().filter(s -> s.paidOn() != null).mapToLong(vn.mattran.fund.Disbursement::amount).sum();
		}
	}
}
