package vn.mattran.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import vn.mattran.shared.security.CurrentUser;
import vn.mattran.shared.security.MattranUser;

/** What every page's layout needs: the signed-in user, the current path, and the query for the pager's links. */
@ControllerAdvice
class CurrentUserAdvice {

	private static final Set<String> NOT_KEPT = Set.of("page", "lang", "_csrf");

	@ModelAttribute("me")
	MattranUser me() {
		return CurrentUser.get().orElse(null);
	}

	@ModelAttribute("currentPath")
	String currentPath(HttpServletRequest request) {
		return request.getRequestURI();
	}

	/** The current query without its page number, ending with "&" when not empty: "q=dak&on=2025-01-01&". */
	@ModelAttribute("pageQuery")
	String pageQuery(HttpServletRequest request) {
		StringBuilder query = new StringBuilder();
		for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
			if (NOT_KEPT.contains(parameter.getKey()) || "POST".equals(request.getMethod())) {
				continue;
			}
			for (String value : parameter.getValue()) {
				query.append(encode(parameter.getKey())).append('=').append(encode(value)).append('&');
			}
		}
		return query.toString();
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}
}
