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
import vn.mattran.organization.Body;
import vn.mattran.organization.BodyKind;
import vn.mattran.organization.Unit;
import vn.mattran.organization.internal.bodies.BodyService;
import vn.mattran.organization.internal.bodies.Located;
import vn.mattran.organization.internal.bodies.PersonService;
import vn.mattran.organization.internal.units.UnitService;
import vn.mattran.shared.error.InvalidInput;
import vn.mattran.shared.web.Forms;

/** A body's page with its positions, the body form, appointing people and ending positions. */
@Controller
class BodyController {

	static final String SHOW = "bodies/show";
	static final String FORM = "bodies/form";

	private final BodyService bodies;
	private final PersonService people;
	private final UnitService units;

	BodyController(BodyService bodies, PersonService people, UnitService units) {
		this.bodies = bodies;
		this.people = people;
		this.units = units;
	}

	@GetMapping("/bodies/{id}")
	String show(@PathVariable long id, Model model) {
		Body body = bodies.get(id).value();
		Unit unit = units.get(body.unitId());
		model.addAttribute("body", body);
		model.addAttribute("unit", unit);
		model.addAttribute("positions", bodies.positions(body));
		model.addAttribute("people", people.ofUnit(unit));
		model.addAttribute("position", new PositionForm(null, null, null));
		model.addAttribute("today", units.today());
		return SHOW;
	}

	@GetMapping("/bodies/new")
	String newBody(@RequestParam long unit, Model model) {
		Unit owner = units.get(unit);
		return form(model, new BodyForm(owner.id(), null, BodyKind.COMMITTEE, null, null, null, null, null), owner, null);
	}

	@PostMapping("/bodies")
	String create(@ModelAttribute("form") BodyForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		Unit owner = units.get(form.unitId() == null ? 0 : form.unitId());
		try {
			Body created = bodies.create(form.draft());
			redirect.addFlashAttribute("success", "body.created");
			return "redirect:/bodies/" + created.id();
		}
		catch (InvalidInput e) {
			Forms.reject(binding, e);
			return form(model, form, owner, null);
		}
	}

	@GetMapping("/bodies/{id}/edit")
	String edit(@PathVariable long id, Model model) {
		Located<Body> body = bodies.get(id);
		Unit owner = units.get(body.value().unitId());
		return form(model, BodyForm.of(body.value(), body.version()), owner, body.value());
	}

	@PostMapping("/bodies/{id}/edit")
	String update(@PathVariable long id, @ModelAttribute("form") BodyForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		Located<Body> body = bodies.get(id);
		Unit owner = units.get(body.value().unitId());
		try {
			bodies.update(id, form.version() == null ? -1 : form.version(), form.draft());
			redirect.addFlashAttribute("success", "body.updated");
			return "redirect:/bodies/" + id;
		}
		catch (InvalidInput e) {
			Forms.reject(binding, e);
			return form(model, form, owner, body.value());
		}
	}

	@PostMapping("/bodies/{id}/positions")
	String appoint(@PathVariable long id, @ModelAttribute("position") PositionForm form, RedirectAttributes redirect) {
		bodies.get(id);
		try {
			bodies.appoint(id, form.personId() == null ? 0 : form.personId(), form.title(), form.validFrom(), null);
			redirect.addFlashAttribute("success", "position.created");
		}
		catch (InvalidInput e) {
			redirect.addFlashAttribute("failure", e.messageKey());
		}
		return "redirect:/bodies/" + id;
	}

	@PostMapping("/positions/{id}/end")
	String end(@PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validTo,
			@RequestParam long body, RedirectAttributes redirect) {
		try {
			bodies.endPosition(id, validTo == null ? units.today() : validTo);
			redirect.addFlashAttribute("success", "position.ended");
		}
		catch (InvalidInput e) {
			redirect.addFlashAttribute("failure", e.messageKey());
		}
		return "redirect:/bodies/" + body;
	}

	private String form(Model model, BodyForm form, Unit owner, Body editing) {
		model.addAttribute("form", form);
		model.addAttribute("unit", owner);
		model.addAttribute("editing", editing);
		model.addAttribute("kinds", BodyKind.values());
		model.addAttribute("parents", bodies.ofUnit(owner).stream()
			.filter(body -> editing == null || body.id() != editing.id())
			.toList());
		return FORM;
	}

}
