package vn.mattran.fund.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.mattran.IntegrationTest;
import vn.mattran.SeedFixture;
import vn.mattran.organization.internal.accounts.UserAccounts;

/** The pledge and project pages of the ward's demo fund: a pledge and what is still owed, a project and its stages. */
@IntegrationTest
class PledgeProjectPagesTests {

	@Autowired
	MockMvc mvc;
	@Autowired
	UserAccounts accounts;
	@Autowired
	JdbcClient jdbc;

	@Test
	void aPledgeIsRecordedAndShownWithWhatIsStillOwed() throws Exception {
		long fund = wardFund();
		String page = mvc.perform(get("/funds/" + fund + "/pledges").with(officer())).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString();
		assertThat(page).contains("Ngân hàng TMCP Phố Huế (minh họa)").contains("15.000.000 đ").contains("Quá hạn");
		mvc.perform(post("/funds/" + fund + "/pledges").with(officer()).with(csrf()).param("donorKind", "BUSINESS")
			.param("donorName", "Công ty Thử Cam Kết").param("amount", "12,5").param("pledgedOn", "2024-10-20")
			.param("dueOn", "2024-11-10")).andExpect(status().isOk())
			.andExpect(result -> assertThat(result.getResponse().getContentAsString()).contains("12,5")
				.contains("is-invalid"));
		mvc.perform(post("/funds/" + fund + "/pledges").with(officer()).with(csrf()).param("donorKind", "BUSINESS")
			.param("donorName", "Công ty Thử Cam Kết").param("amount", "8.000.000").param("pledgedOn", "2024-10-20")
			.param("dueOn", "2024-11-10")).andExpect(redirectedUrl("/funds/" + fund + "/pledges"));
		String after = mvc.perform(get("/funds/" + fund + "/pledges").with(officer())).andReturn().getResponse()
			.getContentAsString();
		assertThat(after).contains("Công ty Thử Cam Kết").contains("8.000.000 đ");
	}

	@Test
	void aProjectIsAddedAndItsStagesAreListed() throws Exception {
		long fund = wardFund();
		String page = mvc.perform(get("/funds/" + fund + "/projects").with(officer())).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Sửa chữa nhà cho hộ").contains("30.000.000 đ").contains("15.000.000 đ");
		mvc.perform(post("/funds/" + fund + "/projects").with(officer()).with(csrf()).param("title", "Nhà Đại đoàn kết thử")
			.param("kind", "HOUSE_BUILD").param("budget", "")).andExpect(status().isOk());
		mvc.perform(post("/funds/" + fund + "/projects").with(officer()).with(csrf()).param("title", "Nhà Đại đoàn kết thử")
			.param("kind", "HOUSE_BUILD").param("budget", "60.000.000")).andExpect(redirectedUrl("/funds/" + fund + "/projects"));
		long project = jdbc.sql("select id from fund_project where title = 'Nhà Đại đoàn kết thử'").query(Long.class).single();
		String form = mvc.perform(get("/funds/" + fund + "/disbursements/new?projectId=" + project).with(officer()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(form).contains("Nhà Đại đoàn kết thử");
	}

	private long wardFund() {
		return jdbc.sql("select min(f.id) from fund_fund f join org_unit u on u.id = f.unit_id where u.code = '00256'")
			.query(Long.class).single();
	}

	private RequestPostProcessor officer() {
		return authentication(SeedFixture.authentication(accounts.principal("ledaihanh").orElseThrow()));
	}
}
