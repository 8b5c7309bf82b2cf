package vn.mattran.organization.web;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.mattran.organization.Unit;
import vn.mattran.organization.internal.units.UnitHistory;
import vn.mattran.organization.internal.units.UnitService;
import vn.mattran.shared.error.InvalidInput;

/** Confirming the official mapping's suggestions and recording a merger, from a unit's page. */
@Controller
class UnitHistoryController {

	private final UnitHistory history;
	private final UnitService units;

	UnitHistoryController(UnitHistory history, UnitService units) {
		this.history = history;
		this.units = units;
	}

	@PostMapping("/units/{id}/successors/{successorId}")
	String confirm(@PathVariable long id, @PathVariable long successorId, RedirectAttributes redirect) {
		history.confirm(id, successorId);
		redirect.addFlashAttribute("success", "unit.successionConfirmed");
		return "redirect:/units/" + id;
	}

	@PostMapping("/units/{id}/merge")
	String merge(@PathVariable long id, @RequestParam(required = false) Long successorId,
			@RequestParam(required = false) String successorCode,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate lastDay,
			RedirectAttributes redirect) {
		units.get(id);
		try {
			long successor = successorId != null ? successorId : byCode(successorCode, lastDay).id();
			history.markMerged(id, successor, lastDay);
			redirect.addFlashAttribute("success", "merge.done");
		}
		catch (InvalidInput e) {
			redirect.addFlashAttribute("failure", e.messageKey());
			redirect.addFlashAttribute("failureArgs", e.args());
		}
		return "redirect:/units/" + id;
	}

	private Unit byCode(String code, LocalDate lastDay) {
		if (code == null || code.isBlank() || lastDay == null) {
			throw new InvalidInput("successorId", "merge.error.successorRequired");
		}
		return units.byCode(code.strip(), lastDay.plusDays(1));
	}
}
