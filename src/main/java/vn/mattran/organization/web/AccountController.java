package vn.mattran.organization.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.mattran.organization.internal.accounts.ApiTokens;
import vn.mattran.organization.internal.accounts.UserAccounts;
import vn.mattran.shared.error.InvalidInput;
import vn.mattran.shared.security.CurrentUser;
import vn.mattran.shared.security.MattranUser;
import vn.mattran.shared.web.Forms;

/** The signed-in user's own page: password and personal API tokens. */
@Controller
class AccountController {

	static final String PAGE = "account/index";
	static final String PASSWORD = "account/password";

	private final UserAccounts users;
	private final ApiTokens tokens;
	private final SecurityContextRepository contexts;

	AccountController(UserAccounts users, ApiTokens tokens, SecurityContextRepository contexts) {
		this.users = users;
		this.tokens = tokens;
		this.contexts = contexts;
	}

	@GetMapping("/account")
	String account(Model model) {
		MattranUser me = CurrentUser.get().orElseThrow();
		model.addAttribute("account", users.get(me.id()));
		model.addAttribute("tokens", tokens.mine());
		return PAGE;
	}

	@GetMapping("/account/password")
	String passwordForm(Model model) {
		model.addAttribute("form", new PasswordForm(null, null, null));
		return PASSWORD;
	}

	@PostMapping("/account/password")
	String changePassword(@ModelAttribute("form") PasswordForm form, BindingResult binding,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		try {
			if (form.newPassword() == null || !form.newPassword().equals(form.repeatPassword())) {
				throw new InvalidInput("repeatPassword", "password.error.mismatch");
			}
			users.changeOwnPassword(form.currentPassword(), form.newPassword());
		}
		catch (InvalidInput e) {
			Forms.reject(binding, e);
			return PASSWORD;
		}
		refreshSession(request, response);
		redirect.addFlashAttribute("success", "password.changed");
		return "redirect:/";
	}

	/** The session's user no longer has to change the password. */
	private void refreshSession(HttpServletRequest request, HttpServletResponse response) {
		MattranUser updated = CurrentUser.get().orElseThrow().withPasswordChanged();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(updated, null, updated.getAuthorities()));
		SecurityContextHolder.setContext(context);
		contexts.saveContext(context, request, response);
	}

	@PostMapping("/account/tokens")
	String createToken(@RequestParam String name, RedirectAttributes redirect) {
		try {
			redirect.addFlashAttribute("newToken", tokens.create(name));
		}
		catch (InvalidInput e) {
			redirect.addFlashAttribute("failure", e.messageKey());
		}
		return "redirect:/account";
	}

	@PostMapping("/account/tokens/{id}/revoke")
	String revokeToken(@PathVariable long id, RedirectAttributes redirect) {
		tokens.revoke(id);
		redirect.addFlashAttribute("success", "token.revoked");
		return "redirect:/account";
	}
}
