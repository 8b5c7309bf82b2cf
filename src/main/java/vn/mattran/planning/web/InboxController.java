package vn.mattran.planning.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.mattran.planning.internal.Notifications;
import vn.mattran.shared.web.PageRequest;

/** The signed-in user's notices: tasks given, reports received, reviews, reminders. */
@Controller
class InboxController {

	private final Notifications notifications;

	InboxController(Notifications notifications) {
		this.notifications = notifications;
	}

	@GetMapping("/inbox")
	String index(@RequestParam(required = false) Boolean unread, @RequestParam(required = false) Integer page,
			Model model) {
		boolean onlyUnread = unread != null && unread;
		model.addAttribute("unreadOnly", onlyUnread);
		model.addAttribute("results", notifications.inbox(onlyUnread, PageRequest.of(page, 25)));
		return "inbox/index";
	}

	/** Marks the notice read and goes where it points. */
	@PostMapping("/inbox/{id}/open")
	String open(@PathVariable long id) {
		String link = notifications.open(id);
		return "redirect:" + (link.startsWith("/") && !link.startsWith("//") ? link : "/inbox");
	}

	@PostMapping("/inbox/read-all")
	String readAll(RedirectAttributes redirect) {
		int read = notifications.readAll();
		redirect.addFlashAttribute("success", "inbox.allRead");
		redirect.addFlashAttribute("successArgs", new Object[] { read });
		return "redirect:/inbox";
	}
}
