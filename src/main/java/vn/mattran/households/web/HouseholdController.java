package vn.mattran.households.web;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.mattran.households.Classification;
import vn.mattran.households.Household;
import vn.mattran.households.SupportDraft;
import vn.mattran.households.SupportKind;
import vn.mattran.households.internal.Registry;
import vn.mattran.households.internal.Supports;
import vn.mattran.organization.Organization;
import vn.mattran.organization.Unit;
import vn.mattran.shared.error.InvalidInput;
import vn.mattran.shared.error.UserFacingException;
import vn.mattran.shared.web.Forms;
import vn.mattran.shared.web.PageRequest;

/** The registry's pages: search, a household's whole story, entering and changing a household, its classification, supports and needs. */
@Controller
class HouseholdController {

	private final Registry registry;
	private final Supports supports;
	private final Organization organization;
	private final HouseholdSearch search;

	HouseholdController(Registry registry, Supports supports, Organization organization, HouseholdSearch search) {
		this.registry = registry;
		this.supports = supports;
		this.organization = organization;
		this.search = search;
	}

	@GetMapping("/households")
	String index(@RequestParam(required = false) String q, @RequestParam(required = false) String unit,
			@RequestParam(required = false) Long area, @RequestParam(required = false) Classification classification,
			@RequestParam(required = false) Integer year, @RequestParam(required = false) String sort,
			@RequestParam(required = false) Integer page, Model model) {
		model.addAttribute("q", q);
		model.addAttribute("unit", unit);
		model.addAttribute("area", area);
		model.addAttribute("classification", classification);
		model.addAttribute("year", year);
		model.addAttribute("sort", sort == null ? "" : sort);
		model.addAttribute("kinds", Classification.values());
		model.addAttribute("areas", search.areasOfHome());
		model.addAttribute("results", search.find(q, unit, area, classification, year, sort, PageRequest.of(page, 25)));
		return "households/index";
	}

	@GetMapping("/households/{id}")
	String show(@PathVariable long id, Model model) {
		Household household = registry.view(id);
		model.addAttribute("household", household);
		model.addAttribute("area", organization.units(List.of(household.unitId())).get(household.unitId()));
		model.addAttribute("history", registry.history(id));
		model.addAttribute("supports", registry.supports(id));
		model.addAttribute("needs", registry.needs(id));
		model.addAttribute("mergedFrom", registry.mergedInto(id));
		model.addAttribute("kinds", Classification.values());
		model.addAttribute("supportKinds", SupportKind.values());
		model.addAttribute("today", registry.today());
		return "households/show";
	}

	@GetMapping("/households/new")
	String newForm(@RequestParam(required = false) Long area, Model model) {
		// A ward that has since closed gets the last year it existed, the year its households can be put in.
		int year = search.areasOfHome().stream().findFirst().map(home -> registry.dayWithin(home).getYear())
			.orElse(registry.today().getYear());
		return form(HouseholdForm.blank(area, year), null, model);
	}

	@PostMapping("/households")
	String create(@ModelAttribute("form") HouseholdForm form, BindingResult binding, Model model) {
		if (binding.hasErrors()) {
			return form(form, null, model);
		}
		try {
			Household created = registry.create(form.draft(), form.isNotDuplicate());
			return "redirect:/households/" + created.id() + "?saved";
		}
		catch (UserFacingException e) {
			return refused(e, form, null, binding, model);
		}
	}

	@GetMapping("/households/{id}/edit")
	String editForm(@PathVariable long id, Model model) {
		Household household = registry.view(id);
		return form(HouseholdForm.of(household), household, model);
	}

	@PostMapping("/households/{id}")
	String update(@PathVariable long id, @ModelAttribute("form") HouseholdForm form, BindingResult binding,
			Model model) {
		Household household = registry.get(id);
		if (binding.hasErrors()) {
			return form(form, household, model);
		}
		try {
			registry.update(id, form.getVersion(), form.draft(), form.isNotDuplicate());
			return "redirect:/households/" + id + "?saved";
		}
		catch (UserFacingException e) {
			return refused(e, form, household, binding, model);
		}
	}

	private String refused(UserFacingException e, HouseholdForm form, Household editing, BindingResult binding,
			Model model) {
		if (e.status() == 403 || e.status() == 404) {
			throw e;
		}
		if (e instanceof Registry.DuplicateSuspected suspected) {
			model.addAttribute("suspects", suspected.suspects());
		}
		else if (e instanceof InvalidInput invalid) {
			Forms.reject(binding, invalid);
		}
		else {
			binding.reject(e.messageKey(), e.args(), e.messageKey());
		}
		return form(form, editing, model);
	}

	private String form(HouseholdForm form, Household editing, Model model) {
		while (form.getMembers().size() < HouseholdForm.EMPTY_ROWS) {
			form.getMembers().add(new HouseholdForm.MemberForm());
		}
		model.addAttribute("form", form);
		model.addAttribute("editing", editing);
		model.addAttribute("kinds", Classification.values());
		model.addAttribute("areas", search.areasOfHome());
		Unit chosen = form.getUnitId() == null ? null : organization.unit(form.getUnitId());
		model.addAttribute("chosenArea", chosen);
		return "households/form";
	}

	@PostMapping("/households/{id}/classify")
	String classify(@PathVariable long id, @RequestParam int year,
			@RequestParam(name = "kinds", required = false) List<Classification> kinds,
			@RequestParam(required = false) String why, RedirectAttributes redirect) {
		Set<Classification> chosen = kinds == null || kinds.isEmpty() ? Set.of() : EnumSet.copyOf(kinds);
		return Outcome.redirect("/households/" + id, redirect, "household.classified", new Object[] { year },
				() -> registry.classify(id, year, chosen, why));
	}

	@PostMapping("/households/{id}/supports")
	String support(@PathVariable long id, @RequestParam SupportKind kind, @RequestParam(required = false) Long amount,
			@RequestParam(required = false) String valueNote,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate givenOn,
			@RequestParam(required = false) String giver, @RequestParam(required = false) Long needId,
			RedirectAttributes redirect) {
		return Outcome.redirect("/households/" + id, redirect, "support.recorded", null, () -> supports
			.record(new SupportDraft(id, kind, amount, valueNote, givenOn, giver, false, null, needId)));
	}

	@PostMapping("/households/{id}/needs")
	String need(@PathVariable long id, @RequestParam(required = false) SupportKind kind,
			@RequestParam(required = false) String description, RedirectAttributes redirect) {
		return Outcome.redirect("/households/" + id, redirect, "need.opened", null,
				() -> supports.openNeed(id, kind, description));
	}

	@PostMapping("/households/{id}/needs/{needId}/close")
	String closeNeed(@PathVariable long id, @PathVariable long needId, RedirectAttributes redirect) {
		return Outcome.redirect("/households/" + id, redirect, "need.closed", null, () -> supports.closeNeed(needId));
	}
}
