package vn.mattran.organization.internal.units;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.mattran.IntegrationTest;
import vn.mattran.SeedFixture;
import vn.mattran.organization.Unit;
import vn.mattran.organization.UnitLevel;
import vn.mattran.organization.internal.accounts.UserAccounts;
import vn.mattran.shared.error.InvalidInput;
import vn.mattran.shared.security.MattranUser;
import vn.mattran.shared.security.Role;
import vn.mattran.shared.security.SystemUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Mergers people record: the unit closes, the link is confirmed, scopes follow it. */
@IntegrationTest
class UnitHistoryTests {

	private static final LocalDate DAY = LocalDate.of(2024, 10, 17);

	@Autowired
	UnitService units;
	@Autowired
	UnitHistory history;
	@Autowired
	UserAccounts accounts;
	@Autowired
	JdbcClient jdbc;

	@Test
	void twoResidentialGroupsMergeAndTheSurvivorsUsersSeeTheOldOne() {
		MattranUser wardAdmin = user("ql.ledaihanh", Role.UNIT_ADMIN, ward().id());
		Unit eight = SeedFixture.as(wardAdmin, () -> units.create(new UnitDraft(ward().id(), null, "Tổ dân phố số 18",
				null, UnitLevel.RESIDENTIAL, null, null, null)));
		Unit nine = SeedFixture.as(wardAdmin, () -> units.create(new UnitDraft(ward().id(), null, "Tổ dân phố số 19",
				null, UnitLevel.RESIDENTIAL, null, null, null)));

		Unit closed = SeedFixture.as(wardAdmin, () -> history.markMerged(eight.id(), nine.id(), LocalDate.of(2024, 12, 31)));

		assertThat(closed.validTo()).isEqualTo(LocalDate.of(2024, 12, 31));
		assertThat(SeedFixture.as(wardAdmin, () -> history.successors(closed))).singleElement().satisfies(link -> {
			assertThat(link.other().name()).isEqualTo("Tổ dân phố số 19");
			assertThat(link.confirmed()).isTrue();
		});
		MattranUser groupLeader = user("to19.ledaihanh", Role.OFFICER, nine.id());
		assertThat(groupLeader.scope().contains(closed.path())).isTrue();
		assertThat(jdbc.sql("select count(*) from shared_audit_log where entity_type = 'unit' and entity_id = ? and action = 'UPDATE'")
			.param(String.valueOf(eight.id())).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void aUnitWithUnitsStillBelowCannotBeClosedByAMerger() {
		SystemUser.run(() -> {
			Unit dakKan = units.byCode("23392", LocalDate.of(2023, 5, 1));
			Unit dakPek = units.byCode("23353", LocalDate.of(2023, 5, 1));
			assertThatThrownBy(() -> history.markMerged(dakKan.id(), dakPek.id(), LocalDate.of(2024, 12, 31)))
				.isInstanceOf(InvalidInput.class)
				.hasMessageContaining("merge.error.hasChildren");
		});
	}

	@Test
	void aUnitAdministratorCannotCloseAnOfficialUnit() {
		MattranUser wardAdmin = user("ql.ledaihanh", Role.UNIT_ADMIN, ward().id());
		Unit group = SeedFixture.as(wardAdmin, () -> units.create(new UnitDraft(ward().id(), null, "Tổ dân phố số 28",
				null, UnitLevel.RESIDENTIAL, null, null, null)));
		assertThatThrownBy(() -> SeedFixture.as(wardAdmin, () -> history.markMerged(ward().id(), group.id(), DAY)))
			.hasMessageContaining("error.roleRequired");
	}

	@Test
	void aUnitCannotCloseBeforeTheUnitsBelowIt() {
		SystemUser.run(() -> {
			Unit ward = ward();
			assertThatThrownBy(() -> units.update(ward.id(), units.version(ward.id()), new UnitChange(ward.code(),
					ward.name(), ward.type(), null, LocalDate.of(2024, 12, 31), null)))
				.isInstanceOf(InvalidInput.class)
				.hasMessageContaining("unit.error.childrenOutsidePeriod");
			assertThat(ward().validTo()).isEqualTo(LocalDate.of(2025, 6, 30));
		});
	}

	private Unit ward() {
		return SystemUser.call(() -> units.byCode("00256", DAY));
	}

	private MattranUser user(String username, Role role, long home) {
		if (accounts.principal(username).isEmpty()) {
			SystemUser.run(() -> accounts.createInitial(username, "Mat-khau-thu-1", role, home, null, false));
		}
		return accounts.principal(username).orElseThrow();
	}
}
