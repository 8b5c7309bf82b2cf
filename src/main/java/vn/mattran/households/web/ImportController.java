package vn.mattran.households.web;

import java.io.IOException;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.mattran.households.internal.HouseholdColumns;
import vn.mattran.households.internal.HouseholdExport;
import vn.mattran.households.internal.HouseholdImport;
import vn.mattran.households.internal.Registry;
import vn.mattran.shared.error.UserFacingException;
import vn.mattran.shared.jobs.Jobs;
import vn.mattran.shared.web.Messages;

/** Bringing a commune's Excel list in (upload, map the columns, preview, import) and taking the registry out. */
@Controller
class ImportController {

	private final HouseholdImport imports;
	private final HouseholdExport export;
	private final HouseholdSearch search;
	private final Registry registry;
	private final Messages messages;
	private final Jobs jobs;

	ImportController(HouseholdImport imports, HouseholdExport export, HouseholdSearch search, Registry registry,
			Messages messages, Jobs jobs) {
		this.jobs = jobs;
		this.imports = imports;
		this.export = export;
		this.search = search;
		this.registry = registry;
		this.messages = messages;
	}

	@GetMapping("/households/import")
	String form(Model model) {
		model.addAttribute("areas", search.areasOfHome());
		model.addAttribute("year", registry.today().getYear());
		return "households/import";
	}

	@PostMapping("/households/import")
	String upload(@RequestParam long unitId, @RequestParam int year, @RequestParam("file") MultipartFile file,
			Model model) throws IOException {
		try {
			if (file.isEmpty()) {
				throw UserFacingException.invalid("tabular.empty", file.getOriginalFilename());
			}
			return "redirect:/households/import/"
					+ imports.upload(unitId, year, file.getOriginalFilename(), file.getBytes()).id();
		}
		catch (UserFacingException e) {
			if (e.status() == 403 || e.status() == 404) {
				throw e;
			}
			model.addAttribute("fileError", messages.get(e.messageKey(), e.args()));
			model.addAttribute("areas", search.areasOfHome());
			model.addAttribute("year", year);
			return "households/import";
		}
	}

	@GetMapping("/households/import/{id}")
	String preview(@PathVariable long id, Model model) {
		HouseholdImport.Preview preview = imports.preview(id);
		model.addAttribute("preview", preview);
		model.addAttribute("job", preview.upload().jobId() == null ? null : jobs.get(preview.upload().jobId()));
		model.addAttribute("columns", HouseholdColumns.values());
		return "households/import-preview";
	}

	/** The mapping as "col.HEAD=2" parameters (the column's index in the file; -1 for none). */
	@PostMapping("/households/import/{id}/mapping")
	String map(@PathVariable long id, @RequestParam Map<String, String> parameters) {
		Map<HouseholdColumns, Integer> mapping = new EnumMap<>(HouseholdColumns.class);
		for (HouseholdColumns column : HouseholdColumns.values()) {
			String value = parameters.get("col." + column.name());
			if (value != null && value.matches("-?\\d{1,4}")) {
				mapping.put(column, Integer.valueOf(value));
			}
		}
		imports.map(id, mapping);
		return "redirect:/households/import/" + id;
	}

	@PostMapping("/households/import/{id}/commit")
	String commit(@PathVariable long id, @RequestParam(defaultValue = "false") boolean onlyGood,
			RedirectAttributes redirect) {
		try {
			return "redirect:/jobs/" + imports.commit(id, onlyGood).id();
		}
		catch (UserFacingException e) {
			if (e.status() == 403 || e.status() == 404) {
				throw e;
			}
			redirect.addFlashAttribute("failure", e.messageKey());
			redirect.addFlashAttribute("failureArgs", e.args());
			return "redirect:/households/import/" + id;
		}
	}

	@GetMapping("/households/export")
	ResponseEntity<byte[]> export(@RequestParam(required = false) Long area,
			@RequestParam(defaultValue = "XLSX") HouseholdExport.Format format,
			@RequestParam(defaultValue = "false") boolean fullIds) {
		byte[] content = export.export(area, format, fullIds);
		String name = "danh-sach-ho-" + registry.today() + (format == HouseholdExport.Format.CSV ? ".csv" : ".xlsx");
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.contentType(format == HouseholdExport.Format.CSV ? new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8)
					: MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.body(content);
	}
}
