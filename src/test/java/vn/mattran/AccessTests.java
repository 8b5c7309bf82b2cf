package vn.mattran;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;
import vn.mattran.documents.internal.OutgoingDocuments;
import vn.mattran.documents.internal.incoming.IncomingDocuments;
import vn.mattran.organization.internal.accounts.ApiTokens;
import vn.mattran.organization.internal.accounts.UserAccounts;
import vn.mattran.organization.internal.units.UnitService;
import vn.mattran.shared.security.MattranUser;
import vn.mattran.shared.security.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

/**
 * Every route the application maps, against every role and against ids of units outside the
 * user's scope, as {@link Routes} classifies them. A route missing there fails the test.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessTests {

	@Autowired
	MockMvc mvc;
	@Autowired
	ApplicationContext context;
	@Autowired
	UnitService units;
	@Autowired
	UserAccounts accounts;
	@Autowired
	ApiTokens tokens;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	OutgoingDocuments documents;
	@Autowired
	IncomingDocuments incoming;
	SeedFixture fixture;

	@BeforeAll
	void createFixture() {
		fixture = new SeedFixture(units, accounts, tokens, jdbc, documents, incoming);
		fixture.planning = new PlanningFixture(context, fixture);
		fixture.households = new HouseholdFixture(context, fixture);
		fixture.fundImports = new FundImportFixture(context, fixture);
		fixture.funds = new FundFixture(context, fixture);
	}

	@Test
	void everyMappedRouteIsClassified() {
		Set<String> mapped = mappedRoutes();
		Set<String> unclassified = new TreeSet<>(mapped);
		unclassified.removeAll(Routes.RULES.keySet());
		assertThat(unclassified).as("routes that nobody has classified in Routes.RULES").isEmpty();
		Set<String> stale = new TreeSet<>(Routes.RULES.keySet());
		stale.removeAll(mapped);
		assertThat(stale).as("rules for routes that no longer exist").isEmpty();
	}

	@Test
	void anonymousCallersReachOnlyPublicRoutes() throws Exception {
		List<String> wrong = new ArrayList<>();
		for (var entry : Routes.RULES.entrySet()) {
			MvcResult result = mvc.perform(entry.getValue().call().build(fixture, Role.VIEWER, true)).andReturn();
			int status = result.getResponse().getStatus();
			String location = result.getResponse().getRedirectedUrl();
			boolean sentToLogin = status == 302 && location != null && location.endsWith("/login");
			boolean refused = status == 401 || sentToLogin;
			if (entry.getValue().need() == Routes.Need.PUBLIC ? refused : !refused) {
				wrong.add(entry.getKey() + " → " + status + (location == null ? "" : " " + location));
			}
		}
		assertThat(wrong).as("routes answering anonymous callers wrongly").isEmpty();
	}

	@Test
	void eachRoleReachesWhatItMayAndIsRefusedTheRest() throws Exception {
		List<String> wrong = new ArrayList<>();
		for (var entry : Routes.RULES.entrySet()) {
			Routes.Rule rule = entry.getValue();
			if (rule.need() == Routes.Need.PUBLIC) {
				continue;
			}
			for (Role role : Role.values()) {
				int status = perform(rule, role, true);
				boolean allowed = allows(rule.need(), role);
				boolean refused = status == 401 || status == 403;
				if (allowed == refused || status >= 500) {
					wrong.add(entry.getKey() + " as " + role + " → " + status + (allowed ? " (should pass)" : " (should be refused)"));
				}
			}
		}
		assertThat(wrong).as("routes answering a role wrongly").isEmpty();
	}

	@Test
	void idsOutsideTheCallersScopeAreRefused() throws Exception {
		List<String> wrong = new ArrayList<>();
		for (var entry : Routes.RULES.entrySet()) {
			Routes.Rule rule = entry.getValue();
			if (!rule.scoped()) {
				continue;
			}
			for (Role role : Role.values()) {
				if (role == Role.SYSTEM_ADMIN || !allows(rule.need(), role)) {
					continue;
				}
				int status = perform(rule, role, false);
				if (status != 403 && status != 404) {
					wrong.add(entry.getKey() + " as " + role + " with an id outside the scope → " + status);
				}
			}
		}
		assertThat(wrong).as("routes that let a user reach outside the scope").isEmpty();
	}

	private int perform(Routes.Rule rule, Role role, boolean inScope) throws Exception {
		MattranUser user = fixture.users.get(role);
		return mvc.perform(rule.call().build(fixture, role, inScope).with(authentication(SeedFixture.authentication(user))))
			.andReturn()
			.getResponse()
			.getStatus();
	}

	private static boolean allows(Routes.Need need, Role role) {
		return switch (need) {
			case PUBLIC, SIGNED_IN -> true;
			default -> role.includes(Role.valueOf(need.name()));
		};
	}

	private Set<String> mappedRoutes() {
		Set<String> routes = new TreeSet<>();
		for (RequestMappingInfoHandlerMapping mapping : context.getBeansOfType(RequestMappingInfoHandlerMapping.class)
			.values()) {
			for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
				var methods = info.getMethodsCondition().getMethods();
				for (String pattern : info.getPatternValues()) {
					if (methods.isEmpty()) {
						routes.add("GET " + pattern);
					}
					methods.forEach(method -> routes.add(method.name() + " " + pattern));
				}
			}
		}
		return routes;
	}

}
