package vn.mattran.households.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.mattran.households.Classification;
import vn.mattran.households.internal.Registry;
import vn.mattran.households.internal.Reviews;
import vn.mattran.shared.error.UserFacingException;

/** Yearly review rounds: open one, go through each area's list, say an area is done, close the round. */
@Controller
class ReviewController {

	private final Reviews reviews;
	private final Registry registry;
	private final HouseholdSearch search;

	ReviewController(Reviews reviews, Registry registry, HouseholdSearch search) {
		this.reviews = reviews;
		this.registry = registry;
		this.search = search;
	}

	@GetMapping("/reviews")
	String index(Model model) {
		model.addAttribute("reviews", reviews.list());
		model.addAttribute("communes", search.areasOfHome().stream()
			.filter(u -> u.level() == vn.mattran.organization.UnitLevel.COMMUNE).toList());
		model.addAttribute("year", registry.today().getYear());
		return "reviews/index";
	}

	@PostMapping("/reviews")
	String open(@RequestParam long unitId, @RequestParam int year, RedirectAttributes redirect) {
		try {
			return "redirect:/reviews/" + reviews.open(unitId, year).id();
		}
		catch (UserFacingException e) {
			if (e.status() == 403 || e.status() == 404) {
				throw e;
			}
			redirect.addFlashAttribute("failure", e.messageKey());
			redirect.addFlashAttribute("failureArgs", e.args());
			return "redirect:/reviews";
		}
	}

	@GetMapping("/reviews/{id}")
	String show(@PathVariable long id, @RequestParam(required = false) Long area, Model model) {
		Reviews.Review review = reviews.get(id);
		model.addAttribute("review", review);
		model.addAttribute("progress", reviews.progress(id));
		model.addAttribute("area", area);
		model.addAttribute("lines", area == null ? List.of() : reviews.lines(id, area));
		model.addAttribute("notListed", area == null || !review.open() ? List.of() : reviews.notListed(id, area));
		model.addAttribute("changes", reviews.changes(id));
		model.addAttribute("kinds", Classification.values());
		return "reviews/show";
	}

	@PostMapping("/reviews/{id}/decide")
	String decide(@PathVariable long id, @RequestParam long householdId, @RequestParam long area,
			@RequestParam(name = "kinds", required = false) List<Classification> kinds, RedirectAttributes redirect) {
		Set<Classification> chosen = kinds == null || kinds.isEmpty() ? Set.of() : EnumSet.copyOf(kinds);
		return Outcome.redirect("/reviews/" + id + "?area=" + area, redirect, "review.decided", null,
				() -> reviews.decide(id, householdId, chosen));
	}

	@PostMapping("/reviews/{id}/areas/{area}/confirm-rest")
	String confirmRest(@PathVariable long id, @PathVariable long area, RedirectAttributes redirect) {
		return Outcome.redirect("/reviews/" + id + "?area=" + area, redirect, "review.confirmedRest", null,
				() -> reviews.confirmRest(id, area));
	}

	@PostMapping("/reviews/{id}/areas/{area}/done")
	String areaDone(@PathVariable long id, @PathVariable long area, RedirectAttributes redirect) {
		return Outcome.redirect("/reviews/" + id, redirect, "review.areaDone", null, () -> reviews.markAreaDone(id, area));
	}

	@PostMapping("/reviews/{id}/close")
	String close(@PathVariable long id, RedirectAttributes redirect) {
		return Outcome.redirect("/reviews/" + id, redirect, "review.closed", null, () -> reviews.close(id));
	}
}
