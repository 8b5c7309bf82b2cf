package vn.mattran.organization.internal.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.mattran.organization.internal.accounts.ApiTokens;
import vn.mattran.shared.security.CurrentUser;
import vn.mattran.shared.security.MattranUser;

/** Signs in an API request that carries {@code Authorization: Bearer mt_…}; a wrong token is refused at once. */
class ApiTokenFilter extends OncePerRequestFilter {

	private final ApiTokens tokens;
	private final JsonSecurityErrors errors;

	ApiTokenFilter(ApiTokens tokens, JsonSecurityErrors errors) {
		this.tokens = tokens;
		this.errors = errors;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader("Authorization");
		if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
			chain.doFilter(request, response);
			return;
		}
		Optional<MattranUser> user = tokens.authenticate(header.substring(7).strip());
		if (user.isEmpty()) {
			errors.write(request, response, 401, "error.badToken");
			return;
		}
		var authentication = UsernamePasswordAuthenticationToken.authenticated(user.get(), null,
				user.get().getAuthorities());
		authentication.setDetails(CurrentUser.WITH_API_TOKEN);
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(authentication);
		SecurityContextHolder.setContext(context);
		try {
			chain.doFilter(request, response);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}
}
