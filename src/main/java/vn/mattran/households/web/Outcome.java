package vn.mattran.households.web;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.mattran.shared.error.UserFacingException;

/** Runs a change for a form posted from a page and goes back to that page with what happened. */
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
			if (e.status() == 403 || e.status() == 404) {
				throw e;
			}
			redirect.addFlashAttribute("failure", e.messageKey());
			redirect.addFlashAttribute("failureArgs", e.args());
		}
		return "redirect:" + target;
	}
}
