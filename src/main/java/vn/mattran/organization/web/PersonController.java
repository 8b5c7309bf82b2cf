package vn.mattran.organization.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.mattran.organization.Person;
import vn.mattran.organization.Unit;
import vn.mattran.organization.internal.bodies.Located;
import vn.mattran.organization.internal.bodies.PersonService;
import vn.mattran.organization.internal.units.UnitService;
import vn.mattran.shared.error.InvalidInput;
import vn.mattran.shared.web.Forms;
import vn.mattran.shared.web.PageRequest;

/** People: search, a person's page with positions, and the person form. */
@Controller
class PersonController {

	static final String INDEX = "people/index";
	static final String SHOW = "people/show";
	static final String FORM = "people/form";

	private final PersonService people;
	private final UnitService units;

	PersonController(PersonService people, UnitService units) {
		this.people = people;
		this.units = units;
	}

	@GetMapping("/people")
	String index(@RequestParam(required = false) String q, @RequestParam(required = false) Integer page,
			Model model) {
		model.addAttribute("q", q == null ? "" : q);
		model.addAttribute("results", people.search(q, PageRequest.of(page, 25)));
		return INDEX;
	}

	@GetMapping("/people/{id}")
	String show(@PathVariable long id, Model model) {
		Person person = people.get(id).value();
		model.addAttribute("person", person);
		model.addAttribute("unit", units.get(person.unitId()));
		model.addAttribute("positions", people.positions(person));
		return SHOW;
	}

	@GetMapping("/people/new")
	String newPerson(@RequestParam long unit, Model model) {
		Unit owner = units.get(unit);
		return form(model, new PersonForm(owner.id(), null, null, null, null, null, null), owner, null);
	}

	@PostMapping("/people")
	String create(@ModelAttribute("form") PersonForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		Unit owner = units.get(form.unitId() == null ? 0 : form.unitId());
		try {
			Person created = people.create(form.draft());
			redirect.addFlashAttribute("success", "person.created");
			return "redirect:/people/" + created.id();
		}
		catch (InvalidInput e) {
			Forms.reject(binding, e);
			return form(model, form, owner, null);
		}
	}

	@GetMapping("/people/{id}/edit")
	String edit(@PathVariable long id, Model model) {
		Located<Person> person = people.get(id);
		return form(model, PersonForm.of(person.value(), person.version()), units.get(person.value().unitId()),
				person.value());
	}

	@PostMapping("/people/{id}/edit")
	String update(@PathVariable long id, @ModelAttribute("form") PersonForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		Located<Person> person = people.get(id);
		try {
			people.update(id, form.version() == null ? -1 : form.version(), form.draft());
			redirect.addFlashAttribute("success", "person.updated");
			return "redirect:/people/" + id;
		}
		catch (InvalidInput e) {
			Forms.reject(binding, e);
			return form(model, form, units.get(person.value().unitId()), person.value());
		}
	}

	private String form(Model model, PersonForm form, Unit owner, Person editing) {
		model.addAttribute("form", form);
		model.addAttribute("unit", owner);
		model.addAttribute("editing", editing);
		return FORM;
	}
}
