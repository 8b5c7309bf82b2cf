package vn.mattran.shared.web;

import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Where people reach the application, for links that leave it (e-mails, calendar addresses): the
 * configured address (MATTRAN_BASE_URL) when there is one, else the address of the request being
 * answered (forwarded headers included), else localhost.
 */
public final class BaseUrl {

	private BaseUrl() {
	}

	public static String of(String configured) {
		if (configured != null && !configured.isBlank()) {
			return configured.strip().replaceAll("/+$", "");
		}
		if (RequestContextHolder.getRequestAttributes() != null) {
			return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString().replaceAll("/+$", "");
		}
		return "http://localhost:8080";
	}
}
