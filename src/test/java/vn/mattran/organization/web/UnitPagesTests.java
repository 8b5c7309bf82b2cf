package vn.mattran.organization.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import vn.mattran.IntegrationTest;
import vn.mattran.SeedFixture;
import vn.mattran.organization.internal.accounts.UserAccounts;
import vn.mattran.organization.internal.units.UnitService;
import vn.mattran.shared.security.MattranUser;
import vn.mattran.shared.security.Role;
import vn.mattran.shared.security.SystemUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** The unit pages as a unit administrator uses them: add a group, see a refusal beside its field, import a file. */
@IntegrationTest
class UnitPagesTests {

	@Autowired
	MockMvc mvc;
	@Autowired
	UnitService units;
	@Autowired
	UserAccounts accounts;
	@Autowired
	JdbcClient jdbc;

	@Test
	void addsAResidentialGroupAndShowsItOnItsPage() throws Exception {
		long ward = ward();
		var created = mvc.perform(post("/units").with(csrf()).with(as(admin())).param("parentId", "" + ward)
			.param("name", "  Tổ dân phố   số 12 ").param("level", "RESIDENTIAL")).andReturn();
		assertThat(created.getResponse().getStatus()).isEqualTo(302);
		String page = mvc.perform(get(created.getResponse().getRedirectedUrl()).with(as(admin())))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("<h1 class=\"h3 mb-1\">Tổ dân phố số 12</h1>").contains("Phường Lê Đại Hành")
			.contains("do địa phương thêm");
	}

	@Test
	void aWrongCodeIsExplainedBesideItsFieldAndNothingIsStored() throws Exception {
		long before = jdbc.sql("select count(*) from org_unit").query(Long.class).single();
		String page = mvc.perform(post("/units").with(csrf()).with(as(admin())).param("parentId", "" + ward())
			.param("name", "Tổ dân phố số 13").param("code", "mã có dấu").param("level", "RESIDENTIAL"))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("Mã &quot;mã có dấu&quot; chỉ được có chữ, số, dấu chấm, gạch ngang, tối đa 10 ký tự.")
			.contains("class=\"form-control is-invalid\"").contains("name=\"name\" value=\"Tổ d&acirc;n phố số 13\"");
		assertThat(jdbc.sql("select count(*) from org_unit").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	void theImportPageListsEveryBadRow() throws Exception {
		var file = new MockMultipartFile("file", "to-dan-pho.csv", "text/csv",
				"Mã;Tên;Cấp;Mã cấp trên\n;Tổ dân phố số 20;4;00256\n;Tổ dân phố số 21;4;00999\n"
					.getBytes(StandardCharsets.UTF_8));
		String page = mvc.perform(multipart("/units/import").file(file).param("on", "2024-10-17").with(csrf())
			.with(as(admin()))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("Không lưu gì từ to-dan-pho.csv: có 1 lỗi.")
			.contains("<td>3</td>").contains("<td>Mã cấp trên</td>")
			.contains("Không có đơn vị mã 00999 có hiệu lực ngày 17/10/2024.");
		assertThat(jdbc.sql("select count(*) from org_unit where name = 'Tổ dân phố số 20'").query(Long.class).single())
			.isZero();
	}

	@Test
	void theTreeOpensAUnitAsAnHtmxFragment() throws Exception {
		String fragment = mvc.perform(get("/units/" + ward() + "/children").header("HX-Request", "true")
			.with(as(admin()))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(fragment).doesNotContain("<html").contains("Tổ dân phố số 1").contains("Tổ dân phố số 9");
	}

	@Test
	void everyDemoUserOpensTheirHomeUnitsPage() throws Exception {
		for (String username : vn.mattran.organization.internal.demo.DemoOrganization.USERS.keySet()) {
			MattranUser user = accounts.principal(username).orElseThrow();
			int status = mvc.perform(get("/units/" + user.homeUnitId()).with(as(user))).andReturn().getResponse()
				.getStatus();
			assertThat(status).as(username).isEqualTo(200);
		}
	}

	private long ward() {
		return SystemUser.call(() -> units.byCode("00256", LocalDate.of(2024, 10, 17))).id();
	}

	private MattranUser admin() {
		if (accounts.principal("qt.ledaihanh").isEmpty()) {
			SystemUser.run(() -> accounts.createInitial("qt.ledaihanh", "Mat-khau-thu-1", Role.UNIT_ADMIN, ward(), null,
					false));
		}
		return accounts.principal("qt.ledaihanh").orElseThrow();
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor as(MattranUser user) {
		return authentication(SeedFixture.authentication(user));
	}
}
