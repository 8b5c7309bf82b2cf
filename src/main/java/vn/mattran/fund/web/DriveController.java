package vn.mattran.fund.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.mattran.fund.Channel;
import vn.mattran.fund.Drive;
import vn.mattran.fund.Fund;
import vn.mattran.fund.internal.Drives;
import vn.mattran.fund.internal.Funds;
import vn.mattran.shared.error.UserFacingException;

/** Opening a drive, and a drive's page: its targets for the units below and what each has collected, rolled up. */
@Controller
class DriveController {

	private static final String FORM = "fund/drive-form";
	private static final String SHOW = "fund/drive";

	private final Funds funds;
	private final Drives drives;
	private final UnitChoices units;

	DriveController(Funds funds, Drives drives, UnitChoices units) {
		this.funds = funds;
		this.drives = drives;
		this.units = units;
	}

	@GetMapping("/funds/{id}/drives/new")
	String newForm(@PathVariable long id, Model model) {
		DriveForm form = new DriveForm();
		form.setStartsOn(funds.today());
		form.setEndsOn(funds.today().plusMonths(1));
		return form(funds.get(id), form, model);
	}

	@PostMapping("/funds/{id}/drives")
	String create(@PathVariable long id, @ModelAttribute("form") DriveForm form, BindingResult binding, Model model) {
		Fund fund = funds.get(id);
		if (binding.hasErrors()) {
			return form(fund, form, model);
		}
		try {
			Drive drive = drives.open(id, form.draft());
			return "redirect:/drives/" + drive.id() + "?created";
		}
		catch (UserFacingException e) {
			Outcome.reject(e, binding);
			return form(fund, form, model);
		}
	}

	private String form(Fund fund, DriveForm form, Model model) {
		model.addAttribute("fund", fund);
		model.addAttribute("form", form);
		model.addAttribute("channels", Channel.values());
		return FORM;
	}

	@GetMapping("/drives/{id}")
	String show(@PathVariable long id, Model model) {
		Drive drive = drives.get(id);
		Fund fund = funds.get(drive.fundId());
		model.addAttribute("drive", drive);
		model.addAttribute("plan", drives.plan(drive).orElse(null));
		model.addAttribute("fund", fund);
		model.addAttribute("progress", drives.progress(id));
		model.addAttribute("units", units.below(fund));
		return SHOW;
	}

	@PostMapping("/drives/{id}/targets")
	String setTarget(@PathVariable long id, @RequestParam long unitId, @RequestParam(required = false) String amount,
			RedirectAttributes redirect) {
		return Outcome.redirect("/drives/" + id, redirect, "fund.page.target.saved", null,
				() -> drives.setTarget(id, unitId, MoneyInput.parse(amount, "amount")));
	}
}
