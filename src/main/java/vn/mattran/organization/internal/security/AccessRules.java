package vn.mattran.organization.internal.security;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import vn.mattran.shared.security.Role;

/**
 * Which role each route needs, in one table. Rows of units are further limited to the user's scope
 * by the services ({@code CurrentUser.requireInScope}); the access test checks both for every route.
 */
final class AccessRules {

	static final String[] PUBLIC = { "/login", "/public/**", "/webjars/**", "/css/**", "/js/**", "/img/**", "/fonts/**",
			"/favicon.ico", "/error" };

	private AccessRules() {
	}

	static void web(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers(PUBLIC).permitAll()
			.requestMatchers("/admin/**").hasRole(Role.UNIT_ADMIN.name())
			.requestMatchers("/units/import", "/units/new", "/units/*/edit").hasRole(Role.UNIT_ADMIN.name())
			.requestMatchers(POST, "/units", "/units/**").hasRole(Role.UNIT_ADMIN.name())
			.requestMatchers(GET, "/bodies/new", "/bodies/*/edit", "/people/new", "/people/*/edit")
			.hasRole(Role.OFFICER.name())
			.requestMatchers(POST, "/bodies", "/bodies/**", "/people", "/people/**", "/positions/**")
			.hasRole(Role.OFFICER.name())
			.requestMatchers(GET, "/documents/new", "/documents/*/edit", "/documents/incoming/new")
			.hasRole(Role.OFFICER.name())
			.requestMatchers(POST, "/documents", "/documents/**").hasRole(Role.OFFICER.name())
			.requestMatchers(GET, "/plans/new", "/plans/*/edit").hasRole(Role.OFFICER.name())
			.requestMatchers(POST, "/plans/*/approve", "/plans/*/send-back", "/emulation/*/evaluate")
			.hasRole(Role.UNIT_ADMIN.name())
			.requestMatchers(POST, "/plans", "/plans/**", "/tasks/*/accept", "/tasks/*/return", "/campaigns",
					"/campaigns/**")
			.hasRole(Role.OFFICER.name())
			.requestMatchers(POST, "/tasks/*/start", "/tasks/*/report", "/sites/*/progress")
			.hasRole(Role.MEMBER_ORG_OFFICER.name())
			.requestMatchers(GET, "/households/new", "/households/*/edit", "/households/import", "/households/import/**",
					"/households/export")
			.hasRole(Role.OFFICER.name())
			.requestMatchers(POST, "/households/*/supports", "/households/*/needs", "/households/*/needs/**")
			.hasRole(Role.MEMBER_ORG_OFFICER.name())
			.requestMatchers(POST, "/households", "/households/**", "/reviews", "/reviews/**")
			.hasRole(Role.OFFICER.name())
			.requestMatchers("/funds/*/import", "/funds/*/import/**", "/drives/*/day-wage").hasRole(Role.OFFICER.name())
			.requestMatchers(GET, "/funds/*/drives/new", "/funds/*/donations/new", "/funds/*/donors/suggestions",
					"/funds/*/disbursements/new", "/funds/*/transfers/new", "/donors", "/donors/*")
			.hasRole(Role.OFFICER.name())
			.requestMatchers(POST, "/funds", "/funds/*/board", "/funds/*/close")
			.hasRole(Role.UNIT_ADMIN.name())
			// approving support is the fund board's (officers named with their accounts) or else a unit administrator's:
			// Disbursements decides which; here it takes at least an officer
			.requestMatchers(POST, "/funds/**", "/drives/**", "/donations/**", "/disbursements/**", "/transfers/**",
					"/donors/**")
			.hasRole(Role.OFFICER.name())
			.anyRequest().authenticated();
	}

	static void api(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
			.requestMatchers("/actuator/**").hasRole(Role.SYSTEM_ADMIN.name())
			.requestMatchers("/api/v1/users/**", "/api/v1/audit/**").hasRole(Role.UNIT_ADMIN.name())
			.requestMatchers(POST, "/api/v1/units", "/api/v1/units/**").hasRole(Role.UNIT_ADMIN.name())
			.requestMatchers(PUT, "/api/v1/units/**").hasRole(Role.UNIT_ADMIN.name())
			.requestMatchers(POST, "/api/v1/bodies", "/api/v1/bodies/**", "/api/v1/people", "/api/v1/people/**",
					"/api/v1/positions/**")
			.hasRole(Role.OFFICER.name())
			.requestMatchers(PUT, "/api/v1/bodies/**", "/api/v1/people/**").hasRole(Role.OFFICER.name())
			.requestMatchers(POST, "/api/v1/documents", "/api/v1/documents/**").hasRole(Role.OFFICER.name())
			.requestMatchers(PUT, "/api/v1/documents/**").hasRole(Role.OFFICER.name())
			.requestMatchers(POST, "/api/v1/tasks/*/reports").hasRole(Role.MEMBER_ORG_OFFICER.name())
			.requestMatchers(POST, "/api/v1/funds/**", "/api/v1/donations/**", "/api/v1/disbursements/**",
					"/api/v1/transfers/**")
			.hasRole(Role.OFFICER.name())
			.requestMatchers(PUT, "/api/v1/drives/**").hasRole(Role.OFFICER.name())
			.requestMatchers(GET, "/api/v1/donors").hasRole(Role.OFFICER.name())
			.requestMatchers(GET, "/api/**").authenticated()
			.anyRequest().authenticated();
	}
}
