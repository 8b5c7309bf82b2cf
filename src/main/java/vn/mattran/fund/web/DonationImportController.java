package vn.mattran.fund.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.mattran.fund.Channel;
import vn.mattran.fund.internal.DonationImport;
import vn.mattran.fund.internal.DonationImportColumns;
import vn.mattran.fund.internal.Drives;
import vn.mattran.fund.internal.Funds;
import vn.mattran.shared.error.UserFacingException;
import vn.mattran.shared.jobs.Job;
import vn.mattran.shared.jobs.Jobs;
import vn.mattran.shared.web.Messages;

/**
 * Bulk entry of a collection list into a fund: upload, map the columns, preview with every bad row,
 * run as a background job whose progress the preview page shows (it polls itself through htmx).
 */
@Controller
class DonationImportController {

	private static final String FORM = "fund/import";
	private static final String PREVIEW = "fund/import-preview";

	private final DonationImport imports;
	private final Funds funds;
	private final Drives drives;
	private final Jobs jobs;
	private final Messages messages;

	DonationImportController(DonationImport imports, Funds funds, Drives drives, Jobs jobs, Messages messages) {
		this.imports = imports;
		this.funds = funds;
		this.drives = drives;
		this.jobs = jobs;
		this.messages = messages;
	}

	@GetMapping("/funds/{id}/import")
	String form(@PathVariable long id, Model model) {
		return form(id, model, null);
	}

	private String form(long id, Model model, String fileError) {
		model.addAttribute("fund", funds.get(id));
		model.addAttribute("drives", drives.list(id));
		model.addAttribute("channels", Channel.values());
		model.addAttribute("columns", DonationImportColumns.values());
		model.addAttribute("fileError", fileError);
		return FORM;
	}

	@PostMapping("/funds/{id}/import")
	String upload(@PathVariable long id, @RequestParam(required = false) Long driveId,
			@RequestParam(required = false) Channel channel,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate receivedOn,
			@RequestParam("file") MultipartFile file, Model model) throws IOException {
		try {
			if (file.isEmpty()) {
				throw UserFacingException.invalid("tabular.empty", file.getOriginalFilename());
			}
			long upload = imports.upload(id, driveId, channel, receivedOn, file.getOriginalFilename(), file.getBytes())
				.id();
			return "redirect:/funds/" + id + "/import/" + upload;
		}
		catch (UserFacingException e) {
			if (e.status() == 403 || e.status() == 404) {
				throw e;
			}
			return form(id, model, messages.get(e.messageKey(), e.args()));
		}
	}

	/**
	 * The preview, or while the job runs its progress (an htmx request gets the same page, of which
	 * the progress block is swapped in), or once done what was stored.
	 */
	@GetMapping("/funds/{id}/import/{uploadId}")
	String preview(@PathVariable long id, @PathVariable long uploadId, Model model) {
		DonationImport.Upload upload = imports.get(id, uploadId);
		Job job = upload.jobId() == null ? null : jobs.get(upload.jobId());
		model.addAttribute("upload", upload);
		model.addAttribute("job", job);
		model.addAttribute("columns", DonationImportColumns.values());
		boolean started = job != null && job.status() != Job.Status.FAILED;
		model.addAttribute("preview", started ? null : imports.preview(id, uploadId));
		model.addAttribute("stored", started && job.finished() ? imports.stored(id, uploadId) : null);
		return PREVIEW;
	}

	/** The mapping as "col.NAME=2" parameters (the column's index in the file; -1 for none). */
	@PostMapping("/funds/{id}/import/{uploadId}/mapping")
	String map(@PathVariable long id, @PathVariable long uploadId, @RequestParam Map<String, String> parameters,
			RedirectAttributes redirect) {
		Map<DonationImportColumns, Integer> mapping = new EnumMap<>(DonationImportColumns.class);
		for (DonationImportColumns column : DonationImportColumns.values()) {
			String value = parameters.get("col." + column.name());
			if (value != null && value.matches("-?\\d{1,4}")) {
				mapping.put(column, Integer.valueOf(value));
			}
		}
		return outcome(id, uploadId, redirect, () -> imports.map(id, uploadId, mapping));
	}

	@PostMapping("/funds/{id}/import/{uploadId}/run")
	String run(@PathVariable long id, @PathVariable long uploadId,
			@RequestParam(defaultValue = "false") boolean onlyGood, RedirectAttributes redirect) {
		return outcome(id, uploadId, redirect, () -> imports.run(id, uploadId, onlyGood));
	}

	private static String outcome(long id, long uploadId, RedirectAttributes redirect, Runnable work) {
		try {
			work.run();
		}
		catch (UserFacingException e) {
			if (e.status() == 403 || e.status() == 404) {
				throw e;
			}
			redirect.addFlashAttribute("failure", e.messageKey());
			redirect.addFlashAttribute("failureArgs", e.args());
		}
		return "redirect:/funds/" + id + "/import/" + uploadId;
	}
}
