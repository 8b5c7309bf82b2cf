package vn.mattran.organization.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.mattran.organization.Unit;
import vn.mattran.organization.internal.units.UnitService;
import vn.mattran.shared.web.Htmx;
import vn.mattran.shared.web.PageRequest;

/** The tree of units as of a date, opened level by level, and the search without diacritics. */
@Controller
class UnitTreeController {

	static final String INDEX = "units/index";
	static final String CHILDREN = "units/fragments :: children";

	private final UnitService units;

	UnitTreeController(UnitService units) {
		this.units = units;
	}

	@GetMapping("/units")
	String index(@RequestParam(required = false) String q,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
			@RequestParam(required = false) Integer page, HttpServletRequest request, Model model) {
		LocalDate day = on == null ? units.today() : on;
		model.addAttribute("on", day);
		model.addAttribute("today", units.today());
		model.addAttribute("q", q == null ? "" : q);
		if (Htmx.isRequest(request) && (q == null || q.isBlank())) {
			return "units/fragments :: empty";
		}
		if (q != null && !q.isBlank()) {
			// Search covers every period (units in force first); the date only steers the tree.
			model.addAttribute("results", units.search(q, null, PageRequest.of(page, 25)));
			return Htmx.view(request, INDEX, "units/fragments :: results");
		}
		model.addAttribute("roots", units.roots(day).stream().map(unit -> node(unit, day)).toList());
		return INDEX;
	}

	@GetMapping("/units/{id}/children")
	String children(@PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
			@RequestParam(required = false) Integer page, HttpServletRequest request, Model model) {
		Unit parent = units.get(id);
		LocalDate day = on == null ? units.today() : on;
		if (!Htmx.isRequest(request)) {
			return "redirect:/units/" + id + "?on=" + day;
		}
		var children = units.children(parent, day, PageRequest.of(page, 100));
		model.addAttribute("parent", parent);
		model.addAttribute("on", day);
		model.addAttribute("today", units.today());
		model.addAttribute("children", children.map(unit -> node(unit, day)));
		return CHILDREN;
	}

	private TreeNode node(Unit unit, LocalDate day) {
		return new TreeNode(unit, unit.level() != vn.mattran.organization.UnitLevel.RESIDENTIAL
				&& units.countChildren(unit, day) > 0);
	}

	/** A unit in the tree and whether it can be opened. */
	record TreeNode(Unit unit, boolean hasChildren) {
	}
}
