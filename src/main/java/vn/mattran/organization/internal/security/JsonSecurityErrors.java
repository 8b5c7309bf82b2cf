package vn.mattran.organization.internal.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import vn.mattran.shared.web.ApiError;
import vn.mattran.shared.web.Messages;

/** 401 and 403 for the API as JSON with a message, like every other API error. */
@Component
class JsonSecurityErrors implements AuthenticationEntryPoint, AccessDeniedHandler {

	private final Messages messages;
	private final JsonMapper json;

	JsonSecurityErrors(Messages messages, JsonMapper json) {
		this.messages = messages;
		this.json = json;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
			throws IOException {
		response.setHeader("WWW-Authenticate", "Basic realm=\"mattran\"");
		String key = e instanceof LoginThrottledException ? "login.throttled" : "error.unauthenticated";
		write(request, response, 401, key);
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
			throws IOException {
		write(request, response, 403, "error.forbidden");
	}

	void write(HttpServletRequest request, HttpServletResponse response, int status, String key, Object... args)
			throws IOException {
		ApiError body = new ApiError(status, HttpStatus.valueOf(status).getReasonPhrase(), messages.vi(key, args),
				messages.en(key, args), request.getRequestURI(), List.of());
		response.setStatus(status);
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.getWriter().write(json.writeValueAsString(body));
	}
}
