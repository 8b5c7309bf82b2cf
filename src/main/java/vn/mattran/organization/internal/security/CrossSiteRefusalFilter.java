package vn.mattran.organization.internal.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Set;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The API has no CSRF token: scripts send credentials with every call. A browser that once cached
 * HTTP Basic credentials would send them along with a hostile page's form post, so a change that a
 * browser marks as coming from another site (Sec-Fetch-Site, Origin) is refused. Scripts send neither header.
 */
class CrossSiteRefusalFilter extends OncePerRequestFilter {

	private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
	private final JsonSecurityErrors errors;

	CrossSiteRefusalFilter(JsonSecurityErrors errors) {
		this.errors = errors;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!SAFE.contains(request.getMethod()) && fromAnotherSite(request)) {
			errors.write(request, response, 403, "error.crossSite");
			return;
		}
		chain.doFilter(request, response);
	}

	// Browsers since 2020 say where a request comes from in Sec-Fetch-Site; older ones only send Origin.
	private static boolean fromAnotherSite(HttpServletRequest request) {
		String fetchSite = request.getHeader("Sec-Fetch-Site");
		if (fetchSite != null) {
			return !fetchSite.equals("same-origin") && !fetchSite.equals("none");
		}
		String origin = request.getHeader("Origin");
		if (origin == null) {
			return false;
		}
		try {
			URI from = URI.create(origin);
			int port = from.getPort() != -1 ? from.getPort() : "https".equals(from.getScheme()) ? 443 : 80;
			return !(request.getServerName().equalsIgnoreCase(from.getHost()) && request.getServerPort() == port);
		}
		catch (IllegalArgumentException e) {
			return true;
		}
	}
}
