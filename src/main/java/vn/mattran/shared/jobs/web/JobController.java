package vn.mattran.shared.jobs.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;
import vn.mattran.shared.jobs.Job;
import vn.mattran.shared.jobs.Jobs;

/** A job's progress: a page with a progress bar that refreshes itself, and the same as JSON. */
@Controller
@Tag(name = "Việc chạy nền / Jobs")
class JobController {

	private final Jobs jobs;

	JobController(Jobs jobs) {
		this.jobs = jobs;
	}

	record JobJson(long id, String title, Job.Status status, int done, int total, int percent, String resultLink,
			String messageKey) {
	}

	@GetMapping("/jobs/{id}")
	String show(@PathVariable long id, Model model) {
		model.addAttribute("job", jobs.get(id));
		return "jobs/show";
	}

	@GetMapping("/api/v1/jobs/{id}")
	@ResponseBody
	@Operation(summary = "Tiến độ một việc chạy nền / A background job's progress")
	JobJson json(@PathVariable long id) {
		Job job = jobs.get(id);
		return new JobJson(job.id(), job.title(), job.status(), job.done(), job.total(), job.percent(),
				job.resultLink(), job.messageKey());
	}
}
