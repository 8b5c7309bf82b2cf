package vn.mattran.planning.web;

import java.util.LinkedHashMap;
import java.util.List;
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
import vn.mattran.planning.Task;
import vn.mattran.planning.TaskState;
import vn.mattran.planning.internal.Tasks;
import vn.mattran.shared.error.UserFacingException;
import vn.mattran.shared.web.PageRequest;

/** Tasks: the list (mine to do, mine to review, overdue), a task's page, reporting on it, reviewing it. */
@Controller
class TaskController {

	private final Tasks tasks;

	TaskController(Tasks tasks) {
		this.tasks = tasks;
	}

	@GetMapping("/tasks")
	String index(@RequestParam(required = false) String side, @RequestParam(required = false) String state,
			@RequestParam(required = false) Integer page, Model model) {
		model.addAttribute("side", side == null ? "" : side);
		model.addAttribute("state", state == null ? "" : state);
		model.addAttribute("states", TaskState.values());
		model.addAttribute("today", tasks.today());
		model.addAttribute("results", tasks.search(side, state, null, PageRequest.of(page, 25)));
		Map<String, Long> counts = new LinkedHashMap<>();
		for (String s : List.of("OPEN", "OVERDUE", "REPORTED")) {
			counts.put(s, tasks.search(side, s, null, new PageRequest(0, 1)).total());
		}
		model.addAttribute("counts", counts);
		return "tasks/index";
	}

	@GetMapping("/tasks/{id}")
	String show(@PathVariable long id, Model model) {
		Task task = tasks.get(id);
		model.addAttribute("task", task);
		model.addAttribute("today", tasks.today());
		model.addAttribute("reports", tasks.reports(id));
		model.addAttribute("figures", tasks.figures(task));
		model.addAttribute("assignee", tasks.assignee(task));
		model.addAttribute("issuer", tasks.issuer(task));
		return "tasks/show";
	}

	@PostMapping("/tasks/{id}/start")
	String start(@PathVariable long id, RedirectAttributes redirect) {
		return step(id, redirect, "task.started", () -> tasks.start(id));
	}

	/** The report form: text, one field per figure ("figure.so_tien"), and files. */
	@PostMapping("/tasks/{id}/report")
	String report(@PathVariable long id, @RequestParam(required = false) String text,
			@RequestParam Map<String, String> parameters,
			@RequestParam(name = "files", required = false) List<MultipartFile> files, RedirectAttributes redirect) {
		Map<String, String> figures = new LinkedHashMap<>();
		parameters.forEach((name, value) -> {
			if (name.startsWith("figure.")) {
				figures.put(name.substring("figure.".length()), value);
			}
		});
		redirect.addFlashAttribute("draftText", text);
		redirect.addFlashAttribute("draftFigures", figures);
		return step(id, redirect, "task.reported", () -> tasks.report(id, new Tasks.ReportDraft(text, figures,
				Uploads.of(files))));
	}

	@PostMapping("/tasks/{id}/accept")
	String accept(@PathVariable long id, @RequestParam(required = false) String note, RedirectAttributes redirect) {
		return step(id, redirect, "task.accepted", () -> tasks.accept(id, note));
	}

	@PostMapping("/tasks/{id}/return")
	String sendBack(@PathVariable long id, @RequestParam(required = false) String note, RedirectAttributes redirect) {
		return step(id, redirect, "task.returned", () -> tasks.sendBack(id, note));
	}

	/** An attachment, with byte ranges so that a phone plays a video as it arrives. */
	@GetMapping("/tasks/attachments/{id}")
	ResponseEntity<org.springframework.core.io.Resource> attachment(@PathVariable long id) {
		var file = tasks.attachment(id);
		boolean inline = file.mediaType().startsWith("image/") || file.mediaType().equals("application/pdf")
				|| file.mediaType().startsWith("video/");
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, (inline ? ContentDisposition.inline() : ContentDisposition.attachment())
				.filename(file.fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.header("Content-Security-Policy", "sandbox")
			.contentType(MediaType.parseMediaType(file.mediaType()))
			.body(new org.springframework.core.io.ByteArrayResource(file.content()));
	}

	private static String step(long id, RedirectAttributes redirect, String success, java.util.function.Supplier<Task> work) {
		try {
			work.get();
			redirect.addFlashAttribute("success", success);
			redirect.getFlashAttributes().remove("draftText");
			redirect.getFlashAttributes().remove("draftFigures");
		}
		catch (UserFacingException e) {
			if (e.status() == 403 || e.status() == 404) {
				throw e;
			}
			redirect.addFlashAttribute("failure", e.messageKey());
			redirect.addFlashAttribute("failureArgs", e.args());
		}
		return "redirect:/tasks/" + id;
	}
}
