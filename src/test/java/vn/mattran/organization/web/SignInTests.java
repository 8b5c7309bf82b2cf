package vn.mattran.organization.web;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.mattran.Browserless;
import vn.mattran.IntegrationTest;
import vn.mattran.SeedFixture;
import vn.mattran.organization.internal.accounts.ApiTokens;
import vn.mattran.organization.internal.accounts.CreatedUser;
import vn.mattran.organization.internal.accounts.UserAccounts;
import vn.mattran.organization.internal.accounts.UserDraft;
import vn.mattran.shared.security.MattranUser;
import vn.mattran.shared.security.Role;
import vn.mattran.shared.security.SystemUser;
import vn.mattran.organization.internal.units.UnitService;

import static org.assertj.core.api.Assertions.assertThat;

/** Signing in over real HTTP: one-time passwords, throttling, HTTP Basic and API tokens, headers, language. */
@IntegrationTest
class SignInTests {

	@LocalServerPort
	int port;
	@Autowired
	UserAccounts accounts;
	@Autowired
	ApiTokens tokens;
	@Autowired
	UnitService units;

	@Test
	void aOneTimePasswordMustBeChangedBeforeAnythingElse() {
		CreatedUser created = newUser("mot.lan");
		Browserless visit = new Browserless(port);
		assertThat(visit.login("mot.lan", created.temporaryPassword()).statusCode()).isEqualTo(302);
		HttpResponse<String> units = visit.get("/units");
		assertThat(units.statusCode()).isEqualTo(302);
		assertThat(units.headers().firstValue("Location").orElseThrow()).endsWith("/account/password");

		visit.get("/account/password");
		HttpResponse<String> tooShort = visit.post("/account/password", Map.of("currentPassword",
				created.temporaryPassword(), "newPassword", "ngan", "repeatPassword", "ngan"));
		assertThat(tooShort.statusCode()).isEqualTo(200);
		assertThat(tooShort.body()).contains("Mật khẩu mới phải có ít nhất 10 ký tự.");

		HttpResponse<String> changed = visit.post("/account/password", Map.of("currentPassword",
				created.temporaryPassword(), "newPassword", "Mat-khau-moi-2025", "repeatPassword", "Mat-khau-moi-2025"));
		assertThat(changed.statusCode()).isEqualTo(302);
		assertThat(visit.get("/units").statusCode()).isEqualTo(200);
		assertThat(new Browserless(port).login("mot.lan", created.temporaryPassword()).headers()
			.firstValue("Location").orElseThrow()).as("the one-time password no longer works").contains("error");
	}

	@Test
	void guessingIsThrottledEvenWhenTheRightPasswordFinallyComes() {
		CreatedUser created = newUser("doan.mo");
		Browserless visit = new Browserless(port);
		for (int attempt = 0; attempt < 5; attempt++) {
			assertThat(visit.login("doan.mo", "sai-" + attempt).headers().firstValue("Location").orElseThrow())
				.endsWith("/login?error=bad");
		}
		assertThat(visit.login("doan.mo", created.temporaryPassword()).headers().firstValue("Location").orElseThrow())
			.endsWith("/login?error=throttled");
		assertThat(visit.get("/login?error=throttled").body()).contains("Đăng nhập sai quá nhiều lần");
	}

	@Test
	void theApiTakesBasicAuthAndPersonalTokensAndAnswersJson() {
		Browserless client = new Browserless(port);
		HttpResponse<String> basic = client.api("/api/v1/units/00256?validOn=2024-10-17",
				Browserless.basic("ledaihanh", IntegrationTest.DEMO_PASSWORD));
		assertThat(basic.statusCode()).isEqualTo(200);
		assertThat(basic.body()).isEqualTo("""
				{"code":"00256","name":"Phường Lê Đại Hành","level":"COMMUNE","type":"Phường","parentCode":"007",\
				"validFrom":null,"validTo":"2025-06-30"}""");

		HttpResponse<String> wrong = client.api("/api/v1/me", Browserless.basic("ledaihanh", "sai"));
		assertThat(wrong.statusCode()).isEqualTo(401);
		assertThat(wrong.body()).contains("\"message\":\"Cần đăng nhập");

		MattranUser user = accounts.principal("ledaihanh").orElseThrow();
		String token = SeedFixture.as(user, () -> tokens.create("tập lệnh"));
		assertThat(client.api("/api/v1/me", "Bearer " + token).body()).contains("\"username\":\"ledaihanh\"");
		long id = SeedFixture.as(user, () -> tokens.mine().get(0).id());
		SeedFixture.as(user, () -> {
			tokens.revoke(id);
			return null;
		});
		HttpResponse<String> revoked = client.api("/api/v1/me", "Bearer " + token);
		assertThat(revoked.statusCode()).isEqualTo(401);
		assertThat(revoked.body()).contains("Khóa API không đúng hoặc đã bị thu hồi.");
	}

	@Test
	void aForeignUnitInTheUrlIsRefusedWithAMessageNamingIt() {
		long konTum = SystemUser.call(() -> units.byCode("62", java.time.LocalDate.of(2023, 1, 1))).id();
		Browserless visit = new Browserless(port);
		visit.login("ledaihanh", IntegrationTest.DEMO_PASSWORD);
		HttpResponse<String> page = visit.get("/units/" + konTum);
		assertThat(page.statusCode()).isEqualTo(403);
		assertThat(page.body()).contains("Tỉnh Kon Tum nằm ngoài phạm vi của bạn.");
		assertThat(visit.get("/units/999999999").body()).contains("Không có đơn vị số 999999999.");
		HttpResponse<String> foreign = new Browserless(port).api("/api/v1/units/62?validOn=2023-01-01",
				Browserless.basic("ledaihanh", IntegrationTest.DEMO_PASSWORD));
		assertThat(foreign.statusCode()).isEqualTo(403);
		assertThat(foreign.body()).contains("Tỉnh Kon Tum (62) nằm ngoài phạm vi của bạn.")
			.contains("Tỉnh Kon Tum (62) is outside your scope.");
	}

	@Test
	void pagesSpeakVietnameseUntilTheReaderSwitchesAndCarryStrictHeaders() {
		Browserless visit = new Browserless(port);
		HttpResponse<String> login = visit.get("/login");
		assertThat(login.body()).contains("<html lang=\"vi\"").contains("Tên đăng nhập");
		assertThat(login.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("frame-ancestors 'none'");
		assertThat(login.headers().firstValue("X-Frame-Options")).contains("DENY");
		assertThat(visit.get("/login?lang=en").body()).contains("<html lang=\"en\"").contains("User name");
		assertThat(visit.get("/login").body()).as("the choice is remembered").contains("User name");
	}

	@Test
	void everyStylesheetScriptAndIconThePagesLinkLoads() {
		Browserless visit = new Browserless(port);
		String page = visit.get("/login").body();
		var links = java.util.regex.Pattern.compile("(?:href|src)=\"(/(?:webjars|css|js|img)/[^\"]+)\"").matcher(page)
			.results().map(match -> match.group(1)).toList();
		assertThat(links).hasSizeGreaterThanOrEqualTo(5);
		assertThat(links).allSatisfy(link -> assertThat(visit.get(link).statusCode()).as(link).isEqualTo(200));
	}

	@Test
	void disablingAUserOrResettingThePasswordEndsTheirSessions() {
		CreatedUser created = newUser("bi.khoa");
		Browserless visit = new Browserless(port);
		visit.login("bi.khoa", created.temporaryPassword());
		visit.get("/account/password");
		visit.post("/account/password", Map.of("currentPassword", created.temporaryPassword(), "newPassword",
				"Mat-khau-rieng-2025", "repeatPassword", "Mat-khau-rieng-2025"));
		assertThat(visit.get("/people").statusCode()).isEqualTo(200);
		MattranUser admin = accounts.principal("admin").orElseThrow();
		SeedFixture.as(admin, () -> accounts.setEnabled(created.account().id(), false));
		assertThat(visit.get("/people").headers().firstValue("Location").orElseThrow()).endsWith("/login");
		assertThat(new Browserless(port).login("bi.khoa", "Mat-khau-rieng-2025").headers().firstValue("Location")
			.orElseThrow()).as("a disabled user learns nothing more than from a wrong password").endsWith("/login?error=bad");

		SeedFixture.as(admin, () -> accounts.setEnabled(created.account().id(), true));
		Browserless again = new Browserless(port);
		again.login("bi.khoa", "Mat-khau-rieng-2025");
		assertThat(again.get("/people").statusCode()).isEqualTo(200);
		SeedFixture.as(admin, () -> accounts.resetPassword(created.account().id()));
		assertThat(again.get("/people").statusCode()).isEqualTo(302);
	}

	@Test
	void aChangeSentFromAnotherSiteIsRefusedEvenWithCredentials() {
		String credentials = Browserless.basic("admin", IntegrationTest.ADMIN_PASSWORD);
		Browserless client = new Browserless(port);
		assertThat(client.postApi("/api/v1/me/tokens?name=tu-trang-la", credentials, Map.of("Sec-Fetch-Site", "cross-site"))
			.statusCode()).isEqualTo(403);
		assertThat(client.postApi("/api/v1/me/tokens?name=tu-trang-la", credentials, Map.of("Origin", "https://evil.example"))
			.body()).contains("đến từ một trang web khác");
		assertThat(client.postApi("/api/v1/me/tokens?name=script", credentials, Map.of()).statusCode()).isEqualTo(201);
	}

	@Test
	void anApiTokenCannotMintMoreTokens() {
		MattranUser user = accounts.principal("anlao").orElseThrow();
		String token = SeedFixture.as(user, () -> tokens.create("rò rỉ"));
		var refused = new Browserless(port).postApi("/api/v1/me/tokens?name=them", "Bearer " + token, Map.of());
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(refused.body()).contains("Không thể tạo khóa API bằng một khóa API");
	}

	@Test
	void theApiIsDescribedWithOpenApi() {
		Browserless visit = new Browserless(port);
		visit.login("ledaihanh", IntegrationTest.DEMO_PASSWORD);
		HttpResponse<String> description = visit.get("/v3/api-docs");
		assertThat(description.statusCode()).isEqualTo(200);
		assertThat(description.body()).contains("\"openapi\"").contains("/api/v1/units/{code}")
			.contains("/api/v1/units/search").contains("/api/v1/me/tokens");
	}

	private CreatedUser newUser(String username) {
		MattranUser admin = accounts.principal("admin").orElseThrow();
		return SeedFixture.as(admin, () -> accounts.create(new UserDraft(username, Role.VIEWER,
				SeedFixture.as(admin, () -> accounts.principal("ledaihanh").orElseThrow().homeUnitId()), null)));
	}
}
