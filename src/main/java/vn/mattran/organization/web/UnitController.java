package vn.mattran.organization.web;

import java.time.LocalDate;
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
import vn.mattran.organization.Unit;
import vn.mattran.organization.UnitLevel;
import vn.mattran.organization.UnitTypes;
import vn.mattran.organization.internal.bodies.BodyService;
import vn.mattran.organization.internal.bodies.PersonService;
import vn.mattran.organization.internal.units.UnitHistory;
import vn.mattran.organization.internal.units.UnitService;
import vn.mattran.shared.error.InvalidInput;
import vn.mattran.shared.web.Forms;
import vn.mattran.shared.web.PageRequest;

/** A unit's page (its place, children, bodies, people, history) and the forms to add and edit units. */
@Controller
class UnitController {

	static final String SHOW = "units/show";
	static final String FORM = "units/form";

	private final UnitService units;
	private final UnitHistory history;
	private final BodyService bodies;
	private final PersonService people;

	UnitController(UnitService units, UnitHistory history, BodyService bodies, PersonService people) {
		this.units = units;
		this.history = history;
		this.bodies = bodies;
		this.people = people;
	}

	@GetMapping("/units/{id}")
	String show(@PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
			@RequestParam(required = false) Integer page, Model model) {
		Unit unit = units.get(id);
		LocalDate day = UnitService.dayWithin(unit, on == null ? units.today() : on);
		model.addAttribute("unit", unit);
		model.addAttribute("on", day);
		model.addAttribute("today", units.today());
		model.addAttribute("lineage", units.lineage(unit));
		model.addAttribute("children", units.children(unit, day, PageRequest.of(page, 50)));
		model.addAttribute("bodies", bodies.ofUnit(unit).stream()
			.map(body -> new BodyWithPositions(body, bodies.positions(body)))
			.toList());
		model.addAttribute("people", people.ofUnit(unit));
		model.addAttribute("successors", history.successors(unit));
		model.addAttribute("predecessors", history.predecessors(unit));
		model.addAttribute("siblings", units.siblingsInScope(unit, day));
		model.addAttribute("otherPeriods", units.allPeriodsOfCode(unit.code() == null ? "" : unit.code()).stream()
			.filter(other -> other.id() != unit.id())
			.toList());
		return SHOW;
	}

	@GetMapping("/units/new")
	String newUnit(@RequestParam long parent, Model model) {
		Unit parentUnit = units.get(parent);
		return form(model, UnitForm.under(parentUnit), parentUnit, null);
	}

	@PostMapping("/units")
	String create(@ModelAttribute("form") UnitForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		Unit parent = form.parentId() == null ? null : units.get(form.parentId());
		try {
			Unit created = units.create(form.draft());
			redirect.addFlashAttribute("success", "unit.created");
			return "redirect:/units/" + created.id();
		}
		catch (InvalidInput e) {
			Forms.reject(binding, e);
			return form(model, form, parent, null);
		}
	}

	@GetMapping("/units/{id}/edit")
	String edit(@PathVariable long id, Model model) {
		Unit unit = units.get(id);
		return form(model, UnitForm.of(unit, units.version(id)), null, unit);
	}

	@PostMapping("/units/{id}/edit")
	String update(@PathVariable long id, @ModelAttribute("form") UnitForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		Unit unit = units.get(id);
		try {
			units.update(id, form.version() == null ? -1 : form.version(), form.change());
			redirect.addFlashAttribute("success", "unit.updated");
			return "redirect:/units/" + id;
		}
		catch (InvalidInput e) {
			Forms.reject(binding, e);
			return form(model, form, null, unit);
		}
	}

	private String form(Model model, UnitForm form, Unit parent, Unit editing) {
		model.addAttribute("form", form);
		model.addAttribute("parent", parent);
		model.addAttribute("editing", editing);
		model.addAttribute("levels", UnitLevel.values());
		model.addAttribute("types", java.util.Arrays.stream(UnitLevel.values()).flatMap(l -> UnitTypes.of(l).stream()).toList());
		return FORM;
	}

	/** A body with the people holding positions in it. */
	record BodyWithPositions(vn.mattran.organization.Body body, java.util.List<vn.mattran.organization.Position> positions) {
	}
}
