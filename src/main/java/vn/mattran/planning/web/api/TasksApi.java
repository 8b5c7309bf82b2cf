package vn.mattran.planning.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.mattran.planning.Report;
import vn.mattran.planning.Task;
import vn.mattran.planning.internal.Tasks;
import vn.mattran.planning.web.Uploads;
import vn.mattran.shared.web.PageRequest;

/** Tasks the caller carries out or gives, and reporting on them (text, figures, files), for scripts and apps. */
@RestController
@Tag(name = "Nhiệm vụ / Tasks")
class TasksApi {

	private final Tasks tasks;

	TasksApi(Tasks tasks) {
		this.tasks = tasks;
	}

	record TaskJson(long id, long planId, String planSymbol, String task, String assignee, LocalDate deadline,
			String status, List<String> duties) {
	}

	@GetMapping("/api/v1/tasks")
	@Operation(summary = "Nhiệm vụ được giao (side=assigned), đã giao (side=issued); state=OVERDUE, OPEN, REPORTED… / Tasks")
	List<TaskJson> search(@RequestParam(required = false) String side, @RequestParam(required = false) String state,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		LocalDate today = tasks.today();
		return tasks.search(side, state, null, PageRequest.of(page, size)).items().stream().map(t -> json(t, today))
			.toList();
	}

	@GetMapping("/api/v1/tasks/{id}")
	@Operation(summary = "Một nhiệm vụ / One task")
	TaskJson get(@PathVariable long id) {
		return json(tasks.get(id), tasks.today());
	}

	@GetMapping("/api/v1/tasks/{id}/reports")
	@Operation(summary = "Các báo cáo của nhiệm vụ, mới nhất trước / A task's reports, latest first")
	List<Report> reports(@PathVariable long id) {
		return tasks.reports(id);
	}

	/** Figures come as fields named "figure.CODE" ("figure.so_tien=1500000"); files as "files". */
	@PostMapping(path = "/api/v1/tasks/{id}/reports", consumes = "multipart/form-data")
	@Operation(summary = "Gửi báo cáo: text, figure.MÃ cho mỗi số liệu, files (ảnh, PDF, video) / Report on a task")
	ResponseEntity<TaskJson> report(@PathVariable long id, @RequestParam(required = false) String text,
			@RequestParam Map<String, String> parameters,
			@RequestParam(name = "files", required = false) List<MultipartFile> files) {
		Map<String, String> figures = new LinkedHashMap<>();
		parameters.forEach((name, value) -> {
			if (name.startsWith("figure.")) {
				figures.put(name.substring("figure.".length()), value);
			}
		});
		Task task = tasks.report(id, new Tasks.ReportDraft(text, figures, Uploads.of(files)));
		return ResponseEntity.status(201).body(json(task, tasks.today()));
	}

	private static TaskJson json(Task t, LocalDate today) {
		return new TaskJson(t.id(), t.planId(), t.planSymbol(), t.heading(), t.assigneeName(), t.dueOn(),
				t.state(today).name(), t.duties());
	}
}
