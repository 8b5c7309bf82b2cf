package vn.mattran.organization.internal.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.mattran.shared.security.CurrentUser;
import vn.mattran.shared.security.MattranUser;

/** A user with a one-time password can do nothing but choose a new one (and sign out). */
class PasswordChangeRequiredFilter extends OncePerRequestFilter {

	static final String CHANGE_PAGE = "/account/password";
	private final JsonSecurityErrors errors;

	PasswordChangeRequiredFilter(JsonSecurityErrors errors) {
		this.errors = errors;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		boolean mustChange = CurrentUser.get().map(MattranUser::mustChangePassword).orElse(false);
		String path = request.getRequestURI();
		if (!mustChange || allowed(path)) {
			chain.doFilter(request, response);
		}
		else if (path.startsWith("/api/")) {
			errors.write(request, response, 403, "password.mustChange");
		}
		else {
			response.sendRedirect(request.getContextPath() + CHANGE_PAGE);
		}
	}

	private static boolean allowed(String path) {
		return path.equals(CHANGE_PAGE) || path.equals("/logout") || path.equals("/error")
				|| path.startsWith("/webjars/") || path.startsWith("/css/") || path.startsWith("/js/")
				|| path.startsWith("/img/") || path.startsWith("/fonts/") || path.startsWith("/actuator/health");
	}
}
