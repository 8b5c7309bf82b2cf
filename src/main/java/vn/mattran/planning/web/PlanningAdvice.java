package vn.mattran.planning.web;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import vn.mattran.planning.internal.Notifications;
import vn.mattran.shared.security.CurrentUser;

/** The inbox's unread count for the navigation bar of every page. */
@ControllerAdvice
class PlanningAdvice {

	private final Notifications notifications;

	PlanningAdvice(Notifications notifications) {
		this.notifications = notifications;
	}

	@ModelAttribute("inboxUnread")
	Long inboxUnread(jakarta.servlet.http.HttpServletRequest request) {
		boolean page = !request.getRequestURI().startsWith("/api/") && !"true".equals(request.getHeader("HX-Request"));
		return page && CurrentUser.get().isPresent() ? notifications.unread() : null;
	}
}
