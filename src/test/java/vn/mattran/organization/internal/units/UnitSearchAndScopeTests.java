package vn.mattran.organization.internal.units;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.mattran.IntegrationTest;
import vn.mattran.SeedFixture;
import vn.mattran.organization.Unit;
import vn.mattran.organization.internal.accounts.UserAccounts;
import vn.mattran.shared.error.UserFacingException;
import vn.mattran.shared.security.MattranUser;
import vn.mattran.shared.security.Role;
import vn.mattran.shared.security.SystemUser;
import vn.mattran.shared.web.PageRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Search without diacritics, and what each user's scope lets them find. */
@IntegrationTest
class UnitSearchAndScopeTests {

	@Autowired
	UnitService units;
	@Autowired
	UserAccounts accounts;

	@Test
	void findsTheOfficialNameFromTheSeedsSpellings() {
		for (String query : new String[] { "dak glei", "Đăk Glei", "ĐăkGlei", "DAK GLEI" }) {
			var found = SystemUser.call(() -> units.search(query, LocalDate.of(2023, 1, 1), PageRequest.of(0, 5)));
			assertThat(found.items()).as(query).first().extracting(Unit::name).isEqualTo("Huyện Đắk Glei");
		}
	}

	@Test
	void searchesEveryPeriodWhenNoDayIsGiven() {
		// Hà Nội's old ward 00256 and Hải Phòng's new ward 10603 share the name.
		var found = SystemUser.call(() -> units.search("le dai hanh", null, PageRequest.of(0, 10)));
		assertThat(found.items()).extracting(Unit::code).contains("00256", "10603");
		var today = SystemUser.call(() -> units.search("le dai hanh", LocalDate.of(2026, 1, 1), PageRequest.of(0, 10)));
		assertThat(today.items()).extracting(Unit::code).contains("10603").doesNotContain("00256");
	}

	@Test
	void aUserFindsOnlyUnitsInScope() {
		MattranUser konTum = accounts.principal("kontum").orElseThrow();
		var found = SeedFixture.as(konTum, () -> units.search("dak", null, PageRequest.of(0, 200)));
		assertThat(found.total()).isPositive();
		assertThat(found.items()).allSatisfy(unit -> assertThat(konTum.scope().contains(unit.path())).isTrue());
		var elsewhere = SeedFixture.as(konTum, () -> units.search("hai ba trung", null, PageRequest.of(0, 10)));
		assertThat(elsewhere.total()).isZero();
	}

	@Test
	void aUserOfTheNewWardAlsoSeesTheOldWardThatMergedIntoIt() {
		SystemUser.run(() -> {
			Unit newWard = units.byCode("00256", LocalDate.of(2025, 7, 1));
			Unit oldWard = units.byCode("00256", LocalDate.of(2024, 10, 17));
			Unit notConfirmed = units.byCode("00241", LocalDate.of(2024, 10, 17));
			if (accounts.principal("haibatrung").isEmpty()) {
				accounts.createInitial("haibatrung", "Mat-khau-thu-1", Role.OFFICER, newWard.id(), null, false);
			}
			MattranUser user = accounts.principal("haibatrung").orElseThrow();
			assertThat(user.scope().contains(oldWard.path())).isTrue();
			assertThat(user.scope().contains(notConfirmed.path())).as("suggestions do not widen a scope").isFalse();
			assertThat(SeedFixture.as(user, () -> units.get(oldWard.id())).name()).isEqualTo("Phường Lê Đại Hành");
			assertThatThrownBy(() -> SeedFixture.as(user, () -> units.get(notConfirmed.id())))
				.isInstanceOf(UserFacingException.class);
		});
	}
}
