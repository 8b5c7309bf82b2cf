package vn.mattran.fund;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.mattran.IntegrationTest;
import vn.mattran.SeedFixture;
import vn.mattran.organization.internal.accounts.UserAccounts;

/**
 * The fund's API as the issue lists it, over the demo funds of seeds 002 and 003: what each officer
 * sees, a donation with its receipt number or a 422 that names the field, a disbursement refused with
 * 409 when the fund does not hold enough, the ledger check, and the demo's figures.
 */
@IntegrationTest
class FundApiTests {

	@Autowired
	MockMvc mvc;
	@Autowired
	UserAccounts accounts;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	JsonMapper json;

	@Test
	void eachOfficerSeesTheFundsOfTheirScopeWithBalances() throws Exception {
		JsonNode ward = read(mvc.perform(get("/api/v1/funds").with(as("ledaihanh"))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString());
		JsonNode demo = null;
		for (JsonNode fund : ward) {
			assertThat(fund.get("unitCode").asString()).as("only the ward's own funds").isEqualTo("00256");
			demo = fund.get("id").asLong() == fundOf("00256") ? fund : demo;
		}
		assertThat(demo).isNotNull();
		assertThat(demo.get("kind").asString()).isEqualTo("FOR_THE_POOR");
		assertThat(demo.get("balance").asLong()).isEqualTo(demo.get("cash").asLong() + demo.get("bank").asLong())
			.isPositive();
		long anLao = fundOf("313");
		mvc.perform(get("/api/v1/funds/" + anLao).with(as("ledaihanh"))).andExpect(status().isForbidden())
			.andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.containsString("ngoài phạm vi")))
			.andExpect(jsonPath("$.messageEn").value(org.hamcrest.Matchers.containsString("outside your scope")));
		mvc.perform(get("/api/v1/funds/" + anLao + "/ledger/verify").with(as("ledaihanh")))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/funds/" + anLao + "/donations").with(as("ledaihanh"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"donorName\":\"X\",\"amount\":1000,\"channel\":\"CASH\"}"))
			.andExpect(status().isForbidden());
	}

	@Test
	void seed002sDriveCollectedOneDaysWageAndSentItToDienBien() throws Exception {
		long anLao = fundOf("313");
		mvc.perform(get("/api/v1/funds/" + anLao + "/drives").with(as("anlao"))).andExpect(status().isOk())
			.andExpect(jsonPath("$[0].startsOn").value("2023-08-01"))
			.andExpect(jsonPath("$[0].endsOn").value("2023-09-30"))
			.andExpect(jsonPath("$[0].norm").value(org.hamcrest.Matchers.containsString("một ngày lương")))
			.andExpect(jsonPath("$[0].collected").value(156_770_000))
			.andExpect(jsonPath("$[0].target").value(500_000_000))
			.andExpect(jsonPath("$[0].planId").value(jdbc.sql("select id from plan_plan where symbol = '50/KH-MTTQ-BTT'")
				.query(Long.class).single()));
		mvc.perform(post("/api/v1/funds/" + anLao + "/drives").with(as("anlao")).contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"title": "Đợt thử", "startsOn": "2023-10-01", "endsOn": "2023-10-31", "planId": 987654}"""))
			.andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.problems[0].field").value("planId"))
			.andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.containsString("Không có kế hoạch số 987654")));
		mvc.perform(get("/api/v1/funds/" + anLao).with(as("anlao")))
			.andExpect(jsonPath("$.balance").value(0))
			.andExpect(jsonPath("$.inTransit").value(0))
			.andExpect(jsonPath("$.closedThrough").value("2023-12-31"));
		List<Long> received = jdbc.sql("""
				select t.amount from fund_transfer t join fund_fund f on f.id = t.to_fund_id
				where t.from_fund_id = :from and t.status = 'CONFIRMED' and f.name like '%Điện Biên%'
				""").param("from", anLao).query(Long.class).list();
		assertThat(received).containsExactly(156_770_000L);
		mvc.perform(get("/api/v1/funds/" + anLao + "/ledger/verify").with(as("anlao"))).andExpect(status().isOk())
			.andExpect(jsonPath("$.ok").value(true)).andExpect(jsonPath("$.entries").value(27))
			.andExpect(jsonPath("$.firstBadEntry").doesNotExist());
	}

	@Test
	void aDonationGetsItsReceiptNumberOrAMessageNamingTheField() throws Exception {
		long ward = fundOf("00256");
		long drive = jdbc.sql("select id from fund_drive where fund_id = :fund").param("fund", ward).query(Long.class)
			.single();
		String body = mvc.perform(post("/api/v1/funds/" + ward + "/donations").with(as("ledaihanh"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"driveId": %d, "donorKind": "BUSINESS", "donorName": "Công ty Thử API", "amount": "50.000.000",
					 "channel": "BANK", "receivedOn": "2024-11-15"}
					""".formatted(drive)))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		JsonNode donation = read(body);
		assertThat(donation.get("receiptNumber").asString()).matches("\\d{6}/2024");
		assertThat(donation.get("amount").asLong()).isEqualTo(50_000_000L);
		mvc.perform(post("/api/v1/funds/" + ward + "/donations").with(as("ledaihanh"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"donorName\":\"Ai\",\"amount\":\"12,5\",\"channel\":\"CASH\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.problems[0].field").value("amount"))
			.andExpect(jsonPath("$.messageEn").value(org.hamcrest.Matchers.containsString("12,5")));
		mvc.perform(post("/api/v1/funds/" + ward + "/donations").with(as("ledaihanh"))
			.contentType(MediaType.APPLICATION_JSON).content("""
					{"driveId": %d, "donorName": "Ai", "amount": 100000, "channel": "CASH", "receivedOn": "2024-12-25"}
					""".formatted(drive)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.problems[0].field").value("receivedOn"))
			.andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.containsString("nằm ngoài thời gian đợt")));
		mvc.perform(post("/api/v1/funds/" + ward + "/donations").with(as("ledaihanh"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"donorName\":\"Ai\",\"amount\":0,\"channel\":\"CASH\"}"))
			.andExpect(status().isUnprocessableContent());
		mvc.perform(post("/api/v1/funds/" + ward + "/donations").with(as("ledaihanh"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"amount\":100000,\"channel\":\"CASH\"}"))
			.andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.problems[0].field").value("donorName"));
	}

	@Test
	void aDisbursementBeyondWhatTheFundHoldsIsRefusedWith409() throws Exception {
		long ward = fundOf("00256");
		mvc.perform(post("/api/v1/funds/" + ward + "/disbursements").with(as("ledaihanh"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"recipient\":\"Một hộ\",\"kind\":\"HOUSE_BUILD\",\"amount\":\"900.000.000\",\"channel\":\"BANK\"}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.containsString("Quỹ không đủ")));
		mvc.perform(post("/api/v1/funds/" + ward + "/disbursements").with(as("ledaihanh"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"recipient\":\"Bà Nguyễn Thị Thử\",\"kind\":\"GRAVE_ILLNESS\",\"amount\":1000000,\"channel\":\"CASH\"}"))
			.andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("PROPOSED"));
	}

	@Test
	void theWardsSupportReachedTheHouseholdsHistory() {
		List<String> givers = jdbc.sql("""
				select s.giver from hh_support s where s.source like 'fund:disbursement:%' order by s.id
				""").query(String.class).list();
		assertThat(givers).hasSizeGreaterThanOrEqualTo(4).allMatch(g -> g.equals("Quỹ “Vì người nghèo” phường Lê Đại Hành"));
		List<String> statuses = jdbc.sql("select status from fund_disbursement d join fund_fund f on f.id = d.fund_id "
				+ "where f.name like '%Lê Đại Hành%' and d.proposed_by = 'ledaihanh' order by d.id").query(String.class).list();
		assertThat(statuses).contains("ACKNOWLEDGED", "PAID", "APPROVED", "PROPOSED");
	}

	@Test
	void aPaymentMeetingAHouseholdsNeedClosesTheNeedWhenPaid() throws Exception {
		long ward = fundOf("00256");
		List<long[]> open = jdbc.sql("""
				select distinct on (n.household_id) n.id, n.household_id from hh_need n
				join hh_household h on h.id = n.household_id join org_unit w on w.id = h.commune_id
				where n.met_on is null and h.merged_into is null and w.code = '00256' order by n.household_id, n.id limit 2
				""").query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) }).list();
		assertThat(open).as("the demo's ward has open needs in two households").hasSize(2);
		long need = open.get(0)[0];
		long household = open.get(0)[1];
		String body = """
				{"householdId": %d, "kind": "HOUSE_REPAIR", "amount": "100.000", "channel": "CASH", "reason": "Sửa mái",
				 "needId": %d}""";
		mvc.perform(post("/api/v1/funds/" + ward + "/disbursements").with(as("ledaihanh"))
			.contentType(MediaType.APPLICATION_JSON).content(body.formatted(household, open.get(1)[0])))
			.andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.problems[0].field").value("needId"))
			.andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.containsString("không phải là nhu cầu đang mở")));
		JsonNode proposed = read(mvc.perform(post("/api/v1/funds/" + ward + "/disbursements").with(as("ledaihanh"))
			.contentType(MediaType.APPLICATION_JSON).content(body.formatted(household, need)))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
		assertThat(proposed.get("needId").asLong()).isEqualTo(need);
		long id = proposed.get("id").asLong();
		mvc.perform(post("/api/v1/funds/" + ward + "/disbursements").with(as("ledaihanh"))
			.contentType(MediaType.APPLICATION_JSON).content(body.formatted(household, need)))
			.andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.problems[0].field").value("needId"))
			.andExpect(jsonPath("$.messageEn").value(org.hamcrest.Matchers.containsString("already held by another payment")));
		mvc.perform(post("/api/v1/disbursements/" + id + "/approve").with(as("admin"))).andExpect(status().isOk());
		assertThat(jdbc.sql("select met_on is null from hh_need where id = ?").param(need).query(Boolean.class).single())
			.as("approved is not paid: the need stays open").isTrue();
		mvc.perform(post("/api/v1/disbursements/" + id + "/pay").with(as("ledaihanh"))).andExpect(status().isOk());
		assertThat(jdbc.sql("select met_on is not null from hh_need where id = ?").param(need).query(Boolean.class).single())
			.as("paid: the need is met").isTrue();
		assertThat(jdbc.sql("select count(*) from hh_support where need_id = ? and source = ?")
			.params(need, "fund:disbursement:" + id).query(Long.class).single()).isEqualTo(1L);
	}

	/** The demo's fund of the unit: the first one made there (other tests add funds of their own). */
	private long fundOf(String unitCode) {
		return jdbc.sql("select min(f.id) from fund_fund f join org_unit u on u.id = f.unit_id where u.code = :code")
			.param("code", unitCode).query(Long.class).single();
	}

	private JsonNode read(String body) {
		return json.readTree(body);
	}

	private RequestPostProcessor as(String username) {
		return authentication(SeedFixture.authentication(accounts.principal(username).orElseThrow()));
	}
}
