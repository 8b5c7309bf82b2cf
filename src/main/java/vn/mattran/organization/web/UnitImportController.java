package vn.mattran.organization.web;

import java.io.IOException;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import vn.mattran.organization.internal.units.UnitImport;
import vn.mattran.organization.internal.units.UnitService;
import vn.mattran.shared.error.UserFacingException;
import vn.mattran.shared.web.Messages;

/** Upload of a CSV or XLSX list of units; shows every bad row, or what was added. */
@Controller
class UnitImportController {

	static final String PAGE = "units/import";

	private final UnitImport unitImport;
	private final UnitService units;
	private final Messages messages;

	UnitImportController(UnitImport unitImport, UnitService units, Messages messages) {
		this.unitImport = unitImport;
		this.units = units;
		this.messages = messages;
	}

	@GetMapping("/units/import")
	String form(Model model) {
		model.addAttribute("on", units.today());
		return PAGE;
	}

	@PostMapping("/units/import")
	String upload(@RequestParam("file") MultipartFile file,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on, Model model)
			throws IOException {
		LocalDate day = on == null ? units.today() : on;
		model.addAttribute("on", day);
		try {
			if (file.isEmpty()) {
				throw UserFacingException.invalid("tabular.empty", file.getOriginalFilename());
			}
			model.addAttribute("result", unitImport.importFile(file.getOriginalFilename(), file.getBytes(), day));
		}
		catch (UserFacingException e) {
			if (e.status() == 403) {
				throw e;
			}
			model.addAttribute("fileError", messages.get(e.messageKey(), e.args()));
		}
		return PAGE;
	}
}
