package vn.mattran.fund;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.mattran.IntegrationTest;
import vn.mattran.SeedFixture;
import vn.mattran.fund.internal.Donations;
import vn.mattran.fund.internal.Donors;
import vn.mattran.shared.error.UserFacingException;
import vn.mattran.shared.security.MattranUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The donor register: a donor's page lists what they gave in the officer's scope and the records that may be the same
 * person; an officer merges two of them by hand (never silently, never another unit's books).
 */
@IntegrationTest
class DonorsTests extends TwoCommunes {

	static final LocalDate OCTOBER = LocalDate.of(2026, 10, 5);

	@Autowired
	Donations donations;
	@Autowired
	Donors donors;
	@Autowired
	MockMvc mvc;

	private Donation give(FundMother.Commune commune, long fundId, Long donorId, String name, String phone, long amount) {
		return commune.asOfficer(() -> donations.record(fundId, new DonationDraft(null, donorId, DonorKind.PERSON, name,
				"An Lão", phone, amount, OCTOBER, Channel.CASH, null, null, null, null, null)));
	}

	@Test
	void anOfficerMergesTwoRecordsOfOnePersonByHandAndTheirDonationsFollow() throws Exception {
		Fund fund = mother.fund(a);
		Donation first = give(a, fund.id(), null, "Trần Văn Hợp Thử", "0912 777 001", 1_000_000);
		Donation second = give(a, fund.id(), null, "Tran Van Hop Thu", "0912777001", 2_000_000);
		long keep = first.donor().id();
		long other = second.donor().id();
		assertThat(keep).as("typed in twice, two records: never merged silently").isNotEqualTo(other);

		Donors.Page page = a.asOfficer(() -> donors.page(keep));
		assertThat(page.similar()).extracting(Donor::id).contains(other);
		String html = mvc.perform(get("/donors/" + keep).with(as(a.officer()))).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString();
		assertThat(html).contains("Có thể là cùng một người").contains("Tran Van Hop Thu").contains("•••••••001")
			.doesNotContain("0912777001");

		mvc.perform(post("/donors/" + keep + "/merge").param("other", String.valueOf(other)).with(as(a.officer()))
			.with(csrf())).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/donors/" + keep))
			.andExpect(flash().attribute("success", "fund.page.donor.merged"));
		assertThat(a.asOfficer(() -> donors.page(keep)).given()).extracting(Donors.Given::donationId)
			.containsExactlyInAnyOrder(first.id(), second.id());
		assertThat(a.asOfficer(() -> donations.get(second.id())).donor().id()).isEqualTo(keep);
		assertThat(a.asOfficer(() -> donations.get(second.id())).receiptNumber()).isEqualTo(second.receiptNumber());
		assertThat(a.asOfficer(() -> donors.page(other)).mergedInto()).isEqualTo(keep);
		assertThat(a.asOfficer(() -> donors.search("tran van hop thu"))).extracting(Donor::id).contains(keep)
			.doesNotContain(other);
		assertThat(a.asOfficer(() -> donors.suggestions("Trần Văn Hợp Thử", null))).extracting(Donor::id)
			.doesNotContain(other);
		assertThat(a.asOfficer(() -> mother.funds.verify(fund.id())).ok()).as("the ledger is not touched").isTrue();
		UserFacingException again = catchThrowableOfType(UserFacingException.class,
				() -> a.asOfficer(() -> donors.merge(keep, other)));
		assertThat(again.status()).isEqualTo(409);
		Donation late = give(a, fund.id(), other, null, null, 400_000);
		assertThat(late.donor().id()).as("a form opened before the merge gives to the record kept").isEqualTo(keep);
	}

	@Test
	void noOfficerReadsOrMergesADonorOfAnotherUnitsBooks() {
		Fund ours = mother.fund(a);
		Fund theirs = mother.fund(b);
		Donation both = give(a, ours.id(), null, "Lê Thị Chung Thử", null, 500_000);
		give(b, theirs.id(), both.donor().id(), null, null, 700_000);
		Donation mine = give(a, ours.id(), null, "Le Thi Chung Thu", null, 300_000);
		Donation elsewhere = give(b, theirs.id(), null, "Phạm Văn Xa Thử", null, 100_000);

		UserFacingException outside = catchThrowableOfType(UserFacingException.class,
				() -> a.asOfficer(() -> donors.merge(mine.donor().id(), both.donor().id())));
		assertThat(outside.status()).as("the donor also gave to the other commune's fund").isEqualTo(403);
		assertThat(outside.messageKey()).isEqualTo("fund.error.donorMergeOutside");
		assertThat(a.asOfficer(() -> donors.page(both.donor().id())).given()).extracting(Donors.Given::donationId)
			.as("what they gave in our scope only").containsExactly(both.id());
		UserFacingException hidden = catchThrowableOfType(UserFacingException.class,
				() -> a.asOfficer(() -> donors.page(elsewhere.donor().id())));
		assertThat(hidden.status()).isEqualTo(403);
	}

	private static RequestPostProcessor as(MattranUser user) {
		return authentication(SeedFixture.authentication(user));
	}
}
