package vn.mattran.fund.web;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.mattran.IntegrationTest;
import vn.mattran.PlanningFixture;
import vn.mattran.SeedFixture;
import vn.mattran.fund.Channel;
import vn.mattran.fund.DonationDraft;
import vn.mattran.fund.DonorKind;
import vn.mattran.fund.FundKind;
import vn.mattran.fund.internal.Donations;
import vn.mattran.fund.internal.Funds;
import vn.mattran.organization.Organization;
import vn.mattran.organization.internal.accounts.UserAccounts;
import vn.mattran.shared.security.MattranUser;
import vn.mattran.shared.security.Role;
import vn.mattran.shared.security.SystemUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The fund's pages as the ward's officer and administrator use them, through the real forms. */
@IntegrationTest
class FundPagesTests {

	@Autowired
	MockMvc mvc;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	Funds funds;
	@Autowired
	Donations donations;
	@Autowired
	Organization organization;
	@Autowired
	UserAccounts accounts;
	MattranUser officer;
	MattranUser admin;
	long ward;

	@BeforeEach
	void users() {
		ward = SystemUser.call(() -> organization.unitByCode("00256", SeedFixture.WARD_DAY).orElseThrow().id());
		officer = accounts.principal("ledaihanh").orElseThrow();
		if (accounts.principal("fw.admin").isEmpty()) {
			SystemUser.run(() -> accounts.createInitial("fw.admin", IntegrationTest.DEMO_PASSWORD, Role.UNIT_ADMIN, ward,
					null, false));
		}
		admin = accounts.principal("fw.admin").orElseThrow();
	}

	@Test
	void aNameLikeAKnownDonorsIsSavedOnlyOnceTheUserSaysWhoItIs() throws Exception {
		long fund = fund("Quỹ thử gợi ý");
		long known = SystemUser.call(() -> donations.record(fund, gift("Lương Văn Gợi Ý", 100_000L)).donor().id());

		mvc.perform(post("/funds/" + fund + "/donations").with(as(officer)).with(csrf()).param("donorName", "luong van goi y")
			.param("amount", "200.000").param("channel", "CASH"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Tên này giống nhà hảo tâm đã có")))
			.andExpect(content().string(containsString("Lương Văn Gợi Ý")))
			.andExpect(content().string(containsString("value=\"200.000\"")));
		assertThat(count(fund)).as("nothing saved before the user chose").isEqualTo(1);

		mvc.perform(post("/funds/" + fund + "/donations").with(as(officer)).with(csrf()).param("donorName", "luong van goi y")
			.param("donor", "new").param("amount", "200.000").param("channel", "CASH"))
			.andExpect(redirectedUrlPattern("/donations/*?saved"));
		mvc.perform(post("/funds/" + fund + "/donations").with(as(officer)).with(csrf()).param("donorName", "luong van goi y")
			.param("donor", "" + known).param("amount", "300.000").param("channel", "CASH"))
			.andExpect(redirectedUrlPattern("/donations/*?saved"));
		assertThat(jdbc.sql("select count(distinct donor_id) from fund_donation where fund_id = ?").param(fund)
			.query(Long.class).single()).as("one new donor said so; the known one picked").isEqualTo(2);
		assertThat(jdbc.sql("select count(*) from fund_donation where fund_id = ? and donor_id = ?").params(fund, known)
			.query(Long.class).single()).isEqualTo(2);
	}

	@Test
	void refusalsStandBesideTheirFieldAndKeepWhatWasTyped() throws Exception {
		long fund = fund("Quỹ thử lỗi");

		mvc.perform(post("/funds/" + fund + "/donations").with(as(officer)).with(csrf()).param("donor", "new")
			.param("donorName", "Bùi Thị Nhập Sai").param("amount", "50,5").param("channel", "CASH"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Số tiền phải là số đồng lớn hơn 0")))
			.andExpect(content().string(containsString("is-invalid")))
			.andExpect(content().string(containsString("Thị Nhập Sai")));
		mvc.perform(post("/funds/" + fund + "/donations").with(as(officer)).with(csrf()).param("donor", "new")
			.param("donorName", "Bùi Thị Nhập Sai").param("amount", "100.000").param("channel", "IN_KIND"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("cần ghi rõ hiện vật")));
		mvc.perform(post("/funds/" + fund + "/disbursements").with(as(officer)).with(csrf()).param("target", "HOUSEHOLD")
			.param("householdId", "987654321").param("kind", "TET_GIFT").param("amount", "100.000"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Không tìm thấy hộ số 987654321")));
		assertThat(count(fund)).isZero();
	}

	@Test
	void aVoidedReceiptStaysMarkedVoidWithItsReasonOnThePageAndOnPaper() throws Exception {
		long fund = fund("Quỹ thử hủy biên lai");
		long donation = SystemUser.call(() -> donations.record(fund, gift("Phạm Thị Hủy", 1_000_000L)).id());

		mvc.perform(post("/donations/" + donation + "/void").with(as(officer)).with(csrf()).param("reason", ""))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/donations/" + donation).with(as(officer)))
			.andExpect(content().string(not(containsString("id=\"void-mark\""))));
		mvc.perform(post("/donations/" + donation + "/void").with(as(officer)).with(csrf()).param("reason", "Ghi trùng"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/donations/" + donation).with(as(officer)))
			.andExpect(content().string(containsString("ĐÃ HỦY")))
			.andExpect(content().string(containsString("Ghi trùng")));
		byte[] pdf = mvc.perform(get("/donations/" + donation + "/receipt.pdf").with(as(officer)))
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andReturn().getResponse().getContentAsByteArray();
		try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
			assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(document)).contains("ĐÃ HỦY")
				.contains("Lý do hủy: Ghi trùng").contains("Một triệu đồng chẵn");
		}
		assertThat(SystemUser.call(() -> funds.get(fund)).cash()).as("the entry reversed").isZero();
	}

	@Test
	void aSupportPaymentIsProposedApprovedByAnotherPaidAndAcknowledgedFromItsPage() throws Exception {
		long fund = fund("Quỹ thử chi");
		SystemUser.run(() -> donations.record(fund, gift("Nhà hảo tâm chi thử", 1_000_000L)));

		String page = mvc.perform(post("/funds/" + fund + "/disbursements").with(as(officer)).with(csrf())
			.param("target", "RECIPIENT").param("recipient", "Bà Hoàng Thị Nhận").param("unitId", "" + ward)
			.param("kind", "GRAVE_ILLNESS").param("amount", "400.000").param("channel", "CASH").param("reason", "Ốm nặng"))
			.andExpect(redirectedUrlPattern("/disbursements/*?saved"))
			.andReturn().getResponse().getRedirectedUrl();
		String id = page.replaceAll("\\D", "");
		mvc.perform(get("/disbursements/" + id).with(as(admin)))
			.andExpect(content().string(containsString("Duyệt chi")));
		mvc.perform(post("/disbursements/" + id + "/approve").with(as(admin)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/disbursements/" + id + "/pay").with(as(officer)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(SystemUser.call(() -> funds.get(fund)).cash()).isEqualTo(600_000);
		mvc.perform(multipart("/disbursements/" + id + "/acknowledge").file(new MockMultipartFile("proof", "phieu.jpg",
				"image/jpeg", PlanningFixture.PHOTO)).with(as(officer)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/disbursements/" + id).with(as(officer)))
			.andExpect(content().string(containsString("Đã xác nhận nhận")))
			.andExpect(content().string(containsString("phieu.jpg")));
		mvc.perform(get("/disbursements/" + id + "/proof").with(as(officer)))
			.andExpect(header().string("Content-Type", "image/jpeg"))
			.andExpect(header().string("Content-Security-Policy", "sandbox"));
	}

	@Test
	void aTransferIsInTransitUntilTheReceiverConfirmsIt() throws Exception {
		long from = fund("Quỹ thử gửi");
		long to = fund("Quỹ thử nhận");
		SystemUser.run(() -> donations.record(from, new DonationDraft(null, null, DonorKind.AGENCY, "Cơ quan thử chuyển",
				null, null, 2_000_000L, null, Channel.BANK, null, null, null, null, null)));

		mvc.perform(post("/funds/" + from + "/transfers").with(as(officer)).with(csrf()).param("toFundId", "" + to)
			.param("amount", "1.500.000").param("purpose", "Ủng hộ quỹ nhận"))
			.andExpect(redirectedUrl("/funds/" + from));
		assertThat(SystemUser.call(() -> funds.get(from)).inTransit()).isEqualTo(1_500_000);
		String receiving = mvc.perform(get("/funds/" + to).with(as(officer)))
			.andExpect(content().string(containsString("Đang chuyển")))
			.andReturn().getResponse().getContentAsString();
		String transfer = receiving.replaceAll("(?s).*/transfers/(\\d+)/confirm.*", "$1");
		mvc.perform(post("/transfers/" + transfer + "/confirm").with(as(officer)).with(csrf()).param("fund", "" + to))
			.andExpect(redirectedUrl("/funds/" + to));
		assertThat(SystemUser.call(() -> funds.get(to)).bank()).isEqualTo(1_500_000);
		assertThat(SystemUser.call(() -> funds.get(from)).inTransit()).isZero();
	}

	private long fund(String name) {
		return SystemUser.call(() -> funds.create(ward, name, FundKind.FOR_THE_POOR, null, null).id());
	}

	private long count(long fund) {
		return jdbc.sql("select count(*) from fund_donation where fund_id = ?").param(fund).query(Long.class).single();
	}

	private static DonationDraft gift(String donor, long amount) {
		return new DonationDraft(null, null, DonorKind.PERSON, donor, null, null, amount, LocalDate.now(), Channel.CASH, null,
				null, null, null, null);
	}

	private static RequestPostProcessor as(MattranUser user) {
		return authentication(SeedFixture.authentication(user));
	}
}
