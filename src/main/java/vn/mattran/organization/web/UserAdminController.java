package vn.mattran.organization.web;

import java.util.Arrays;
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
import vn.mattran.organization.internal.accounts.CreatedUser;
import vn.mattran.organization.internal.accounts.UserAccount;
import vn.mattran.organization.internal.accounts.UserAccounts;
import vn.mattran.organization.internal.bodies.PersonService;
import vn.mattran.organization.internal.units.UnitService;
import vn.mattran.shared.error.InvalidInput;
import vn.mattran.shared.format.Formats;
import vn.mattran.shared.security.CurrentUser;
import vn.mattran.shared.security.MattranUser;
import vn.mattran.shared.security.Role;
import vn.mattran.shared.web.Forms;
import vn.mattran.shared.web.PageRequest;

/** Users of the admin's scope: list, create with a one-time password, reset, enable and disable. */
@Controller
class UserAdminController {

	static final String LIST = "admin/users";
	static final String SHOW = "admin/user";
	static final String FORM = "admin/user-form";

	private final UserAccounts users;
	private final UnitService units;
	private final PersonService people;

	UserAdminController(UserAccounts users, UnitService units, PersonService people) {
		this.users = users;
		this.units = units;
		this.people = people;
	}

	@GetMapping("/admin/users")
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) Integer page, Model model) {
		model.addAttribute("q", q == null ? "" : q);
		model.addAttribute("results", users.search(q, PageRequest.of(page, 25)));
		return LIST;
	}

	@GetMapping("/admin/users/{id}")
	String show(@PathVariable long id, Model model) {
		model.addAttribute("account", users.get(id));
		return SHOW;
	}

	@GetMapping("/admin/users/new")
	String newUser(@RequestParam(required = false) Long unit, Model model) {
		Unit home = unit == null ? null : units.get(unit);
		return form(model, new UserForm(null, Role.OFFICER, home == null ? null : home.id(), null, null));
	}

	@PostMapping("/admin/users")
	String create(@ModelAttribute("form") UserForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		try {
			Long homeUnitId = form.homeUnitId();
			if (homeUnitId == null && form.homeUnitCode() != null && !form.homeUnitCode().isBlank()) {
				Unit home = units.findByCode(form.homeUnitCode().strip(), units.today())
					.orElseThrow(() -> new InvalidInput("homeUnitCode", "unit.error.noSuchCode", form.homeUnitCode(),
							Formats.date(units.today())));
				homeUnitId = home.id();
			}
			CreatedUser created = users.create(form.draft(homeUnitId));
			redirect.addFlashAttribute("temporaryPassword", created.temporaryPassword());
			return "redirect:/admin/users/" + created.account().id();
		}
		catch (InvalidInput e) {
			Forms.reject(binding, e);
			return form(model, form);
		}
	}

	@PostMapping("/admin/users/{id}/reset-password")
	String resetPassword(@PathVariable long id, RedirectAttributes redirect) {
		redirect.addFlashAttribute("temporaryPassword", users.resetPassword(id).temporaryPassword());
		return "redirect:/admin/users/" + id;
	}

	@PostMapping("/admin/users/{id}/enabled")
	String setEnabled(@PathVariable long id, @RequestParam boolean enabled, RedirectAttributes redirect) {
		UserAccount account = users.setEnabled(id, enabled);
		redirect.addFlashAttribute("success", account.enabled() ? "user.enabled" : "user.disabled");
		return "redirect:/admin/users/" + id;
	}

	private String form(Model model, UserForm form) {
		MattranUser me = CurrentUser.get().orElseThrow();
		model.addAttribute("form", form);
		Unit home = form.homeUnitId() == null ? null : units.get(form.homeUnitId());
		model.addAttribute("home", home);
		model.addAttribute("people", home == null ? java.util.List.of() : people.ofUnit(home));
		model.addAttribute("roles", Arrays.stream(Role.values()).filter(me::has)
			.filter(role -> role != Role.SYSTEM_ADMIN || me.role() == Role.SYSTEM_ADMIN)
			.toList());
		return FORM;
	}
}
