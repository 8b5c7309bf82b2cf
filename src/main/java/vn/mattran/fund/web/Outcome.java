package vn.mattran.fund.web;

import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.mattran.shared.error.InvalidInput;
import vn.mattran.shared.error.UserFacingException;
import vn.mattran.shared.web.Forms;

/** Runs a change posted from a page and goes back with what happened; refusals outside the scope stay refusals. */
final class Outcome {

	private Outcome() {
	}

	static String redirect(String target, RedirectAttributes redirect, String success, Object[] successArgs,
			Runnable work) {
		try {
			work.run();
			redirect.addFlashAttribute("success", success);
			if (successArgs != null) {
				redirect.addFlashAttribute("successArgs", successArgs);
			}
		}
		catch (UserFacingException e) {
			rethrowRefusal(e);
			redirect.addFlashAttribute("failure", e.messageKey());
			redirect.addFlashAttribute("failureArgs", e.args());
		}
		return "redirect:" + target;
	}

	/** Puts a refusal beside its field of the form (or above the form); 403 and 404 are not a form's business. */
	static void reject(UserFacingException e, BindingResult binding) {
		rethrowRefusal(e);
		if (e instanceof InvalidInput invalid) {
			Forms.reject(binding, invalid);
		}
		else {
			binding.reject(e.messageKey(), e.args(), e.messageKey());
		}
	}

	private static void rethrowRefusal(UserFacingException e) {
		if (e.status() == 403 || e.status() == 404) {
			throw e;
		}
	}
}
