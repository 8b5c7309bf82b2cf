package vn.mattran.organization.web;

import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.mattran.organization.Unit;
import vn.mattran.organization.internal.units.UnitService;
import vn.mattran.shared.audit.AuditAction;
import vn.mattran.shared.audit.AuditFilter;
import vn.mattran.shared.audit.AuditLog;
import vn.mattran.shared.security.CurrentUser;
import vn.mattran.shared.web.PageRequest;

/** The audit log of the admin's scope, filtered by unit, user, kind, action and dates. */
@Controller
class AuditController {

	static final String PAGE = "admin/audit";

	private final AuditLog audit;
	private final UnitService units;

	AuditController(AuditLog audit, UnitService units) {
		this.audit = audit;
		this.units = units;
	}

	@GetMapping("/admin/audit")
	String list(@RequestParam(required = false) String unit, @RequestParam(required = false) String user,
			@RequestParam(required = false) String type, @RequestParam(required = false) AuditAction action,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) Integer page, Model model) {
		List<String> unitPaths = null;
		if (unit != null && !unit.isBlank()) {
			List<Unit> periods = units.allPeriodsOfCode(unit.strip());
			unitPaths = periods.stream().map(Unit::path).toList();
			model.addAttribute("unitNames", periods.stream().map(Unit::name).distinct().toList());
		}
		AuditFilter filter = new AuditFilter(unitPaths, blank(user), blank(type), action, from, to);
		model.addAttribute("results", audit.search(filter, CurrentUser.scope(), PageRequest.of(page, 50)));
		model.addAttribute("types", audit.entityTypes());
		model.addAttribute("actions", AuditAction.values());
		model.addAttribute("filter", new Filter(unit, user, type, action, from, to));
		return PAGE;
	}

	private static String blank(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	/** The filter as the form shows it back. */
	record Filter(String unit, String user, String type, AuditAction action, LocalDate from, LocalDate to) {
	}
}
