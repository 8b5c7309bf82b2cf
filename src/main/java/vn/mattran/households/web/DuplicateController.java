package vn.mattran.households.web;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.mattran.households.internal.Duplicates;
import vn.mattran.households.internal.Registry;
import vn.mattran.households.internal.Supports;
import vn.mattran.shared.web.PageRequest;

/** The checks over the whole scope: households that may be one, and support given twice. */
@Controller
class DuplicateController {

	private final Duplicates duplicates;
	private final Registry registry;
	private final Supports supports;

	DuplicateController(Duplicates duplicates, Registry registry, Supports supports) {
		this.duplicates = duplicates;
		this.registry = registry;
		this.supports = supports;
	}

	@GetMapping("/households/duplicates")
	String duplicates(@RequestParam(required = false) String unit, @RequestParam(required = false) Integer page,
			Model model) {
		model.addAttribute("unit", unit);
		model.addAttribute("pairs", duplicates.report(unit, PageRequest.of(page, 25)));
		return "households/duplicates";
	}

	@PostMapping("/households/duplicates/merge")
	String merge(@RequestParam long kept, @RequestParam long gone, RedirectAttributes redirect) {
		return Outcome.redirect("/households/duplicates", redirect, "household.merged", new Object[] { String.valueOf(gone), String.valueOf(kept) },
				() -> registry.merge(kept, gone));
	}

	@PostMapping("/households/duplicates/distinct")
	String distinct(@RequestParam long first, @RequestParam long second, RedirectAttributes redirect) {
		return Outcome.redirect("/households/duplicates", redirect, "household.distinct", null,
				() -> registry.markNotDuplicate(first, second));
	}

	@GetMapping("/households/overlaps")
	String overlaps(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Model model) {
		LocalDate end = to == null ? registry.today() : to;
		LocalDate start = from == null ? end.withDayOfYear(1) : from;
		model.addAttribute("from", start);
		model.addAttribute("to", end);
		model.addAttribute("overlaps", supports.overlaps(start, end));
		model.addAttribute("needsMetTwice", supports.needsMetTwice());
		return "households/overlaps";
	}
}
