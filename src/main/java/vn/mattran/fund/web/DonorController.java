package vn.mattran.fund.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.mattran.fund.internal.Donors;

/**
 * The donor register: found by name without diacritics; a donor's page with what they gave to the funds of the
 * caller's scope and the records that may be the same person, which an officer merges by hand, never silently.
 */
@Controller
class DonorController {

	private final Donors donors;

	DonorController(Donors donors) {
		this.donors = donors;
	}

	@GetMapping("/donors")
	String search(@RequestParam(required = false) String q, Model model) {
		model.addAttribute("q", q);
		model.addAttribute("found", q == null || q.isBlank() ? java.util.List.of() : donors.search(q));
		return "fund/donors";
	}

	@GetMapping("/donors/{id}")
	String show(@PathVariable long id, Model model) {
		model.addAttribute("page", donors.page(id));
		return "fund/donor";
	}

	@PostMapping("/donors/{id}/merge")
	String merge(@PathVariable long id, @RequestParam long other, RedirectAttributes redirect) {
		return Outcome.redirect("/donors/" + id, redirect, "fund.page.donor.merged", new Object[] { String.valueOf(other) },
				() -> donors.merge(id, other));
	}
}
