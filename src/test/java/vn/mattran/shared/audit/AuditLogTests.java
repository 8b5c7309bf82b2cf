package vn.mattran.shared.audit;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.mattran.IntegrationTest;
import vn.mattran.SeedFixture;
import vn.mattran.organization.Unit;
import vn.mattran.organization.UnitLevel;
import vn.mattran.organization.internal.accounts.UserAccounts;
import vn.mattran.organization.internal.units.UnitChange;
import vn.mattran.organization.internal.units.UnitDraft;
import vn.mattran.organization.internal.units.UnitService;
import vn.mattran.shared.error.InvalidInput;
import vn.mattran.shared.security.MattranUser;
import vn.mattran.shared.security.Scope;
import vn.mattran.shared.web.PageRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Who changed what is written with the change, and can never be changed afterwards. */
@IntegrationTest
class AuditLogTests {

	@Autowired
	AuditLog audit;
	@Autowired
	UnitService units;
	@Autowired
	UserAccounts accounts;
	@Autowired
	JdbcClient jdbc;

	@Test
	void recordsWhoChangedWhatWithTheValuesBeforeAndAfter() {
		MattranUser officer = accounts.principal("kontum").orElseThrow();
		Unit village = SeedFixture.as(officer, () -> {
			Unit commune = units.byCode("23392", LocalDate.of(2023, 5, 1));
			Unit created = units.create(new UnitDraft(commune.id(), null, "Thôn Kon Gu", null, UnitLevel.RESIDENTIAL,
					null, null, null));
			return units.update(created.id(), units.version(created.id()),
					new UnitChange(null, "Thôn Kon Gu 2", null, null, created.validTo(), "đổi tên"));
		});
		var entries = audit.search(new AuditFilter(java.util.List.of(village.path()), "kontum", "unit", null, null, null), Scope.EVERYTHING,
				PageRequest.of(0, 10)).items();
		assertThat(entries).extracting(AuditRecord::action).containsExactly(AuditAction.UPDATE, AuditAction.CREATE);
		AuditRecord update = entries.get(0);
		assertThat(update.actorName()).isEqualTo("kontum");
		assertThat(update.before()).contains("\"name\": \"Thôn Kon Gu\"");
		assertThat(update.after()).contains("\"name\": \"Thôn Kon Gu 2\"").contains("đổi tên");
	}

	@Test
	void aRefusedChangeLeavesNoAuditRow() {
		MattranUser officer = accounts.principal("kontum").orElseThrow();
		long before = jdbc.sql("select count(*) from shared_audit_log").query(Long.class).single();
		assertThatThrownBy(() -> SeedFixture.as(officer, () -> units.create(new UnitDraft(
				units.byCode("23392", LocalDate.of(2023, 5, 1)).id(), "không hợp lệ!", "Thôn X", null,
				UnitLevel.RESIDENTIAL, null, null, null))))
			.isInstanceOf(InvalidInput.class);
		assertThat(jdbc.sql("select count(*) from shared_audit_log").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	void theDatabaseRefusesToUpdateOrDeleteAuditRows() {
		long id = jdbc.sql("select max(id) from shared_audit_log").query(Long.class).single();
		assertThatThrownBy(() -> jdbc.sql("update shared_audit_log set actor_name = 'someone else' where id = ?")
			.param(id).update()).isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
		assertThatThrownBy(() -> jdbc.sql("delete from shared_audit_log where id = ?").param(id).update())
			.isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
		assertThatThrownBy(() -> jdbc.sql("truncate shared_audit_log").update())
			.isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
		assertThat(jdbc.sql("select count(*) from shared_audit_log where id = ?").param(id).query(Long.class).single())
			.isEqualTo(1);
	}

	@Test
	void aScopedReaderSeesOnlyRowsOfTheirUnits() {
		MattranUser konTum = accounts.principal("kontum").orElseThrow();
		var rows = audit.search(AuditFilter.none(), konTum.scope(), PageRequest.of(0, 200)).items();
		assertThat(rows).isNotEmpty().allSatisfy(row -> assertThat(konTum.scope().contains(row.unitPath())).isTrue());
	}
}
