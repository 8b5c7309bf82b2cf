package vn.mattran.fund;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.mattran.IntegrationTest;
import vn.mattran.SeedFixture;
import vn.mattran.fund.internal.Disbursements;
import vn.mattran.fund.internal.Funds;
import vn.mattran.shared.error.InvalidInput;
import vn.mattran.shared.error.UserFacingException;
import vn.mattran.shared.security.MattranUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.mattran.fund.FundMother.support;

/** Who decides on a support payment: the fund board through its members' accounts, or else the unit's administrators. */
@IntegrationTest
class SupportApprovalTests extends TwoCommunes {

	static final LocalDate OCTOBER = LocalDate.of(2026, 10, 5);

	@Autowired
	Funds funds;
	@Autowired
	Disbursements disbursements;
	@Autowired
	MockMvc mvc;

	@Test
	void onceTheBoardNamesAccountsOnlyTheyDecideAndNeverOnTheirOwnProposal() throws Exception {
		Fund fund = mother.fund(a);
		mother.donate(a, fund.id(), null, 5_000_000, OCTOBER, Channel.CASH);
		a.asAdmin(() -> {
			funds.addBoardMember(fund.id(), "Người thử trưởng ban", "Trưởng ban", a.officer().id());
			return null;
		});
		Disbursement byAdmin = a.asAdmin(() -> disbursements.propose(fund.id(), support(1_000_000, Channel.CASH)));
		Disbursement byOfficer = a.asOfficer(() -> disbursements.propose(fund.id(), support(1_000_000, Channel.CASH)));
		assertThatThrownBy(() -> a.asAdmin(() -> disbursements.approve(byOfficer.id())))
			.as("the unit's administrator is not on the board").isInstanceOfSatisfying(UserFacingException.class, e -> {
				assertThat(e.status()).isEqualTo(403);
				assertThat(e.messageKey()).isEqualTo("fund.error.notOnBoard");
			});
		assertThatThrownBy(() -> a.asOfficer(() -> disbursements.approve(byOfficer.id())))
			.isInstanceOfSatisfying(UserFacingException.class,
					e -> assertThat(e.messageKey()).isEqualTo("fund.error.selfApprove"));
		// an officer on the board approves over the API too
		mvc.perform(post("/api/v1/disbursements/" + byAdmin.id() + "/approve").with(as(a.officer())))
			.andExpect(status().isOk()).andExpect(jsonPath("$.status").value("APPROVED"));
		assertThat(a.asOfficer(() -> disbursements.mayDecide(byOfficer, true))).isFalse();
		assertThat(a.asOfficer(() -> disbursements.reject(byOfficer.id(), "Rút đề xuất")).status())
			.as("rejecting one's own proposal withdraws it").isEqualTo(DisbursementStatus.REJECTED);
		assertThatThrownBy(() -> a.asAdmin(() -> {
			funds.addBoardMember(fund.id(), "Người xã khác", null, b.officer().id());
			return null;
		})).as("an account whose scope does not hold the fund").isInstanceOfSatisfying(InvalidInput.class,
				e -> assertThat(e.field()).isEqualTo("userId"));
		assertThatThrownBy(() -> b.asAdmin(() -> {
			funds.addBoardMember(fund.id(), "Người xã khác", null, null);
			return null;
		})).isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.status()).isEqualTo(403));
	}

	private static RequestPostProcessor as(MattranUser user) {
		return authentication(SeedFixture.authentication(user));
	}
}
