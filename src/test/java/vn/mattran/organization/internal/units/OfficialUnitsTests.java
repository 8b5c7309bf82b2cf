package vn.mattran.organization.internal.units;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.mattran.IntegrationTest;
import vn.mattran.organization.Unit;
import vn.mattran.organization.UnitLevel;
import vn.mattran.shared.error.UserFacingException;
import vn.mattran.shared.security.SystemUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The official lists as they load on the first start, and lookups of a code on a date. */
@IntegrationTest
class OfficialUnitsTests {

	private static final LocalDate BEFORE = LocalDate.of(2025, 3, 1);
	private static final LocalDate AFTER = LocalDate.of(2025, 7, 1);

	@Autowired
	UnitService units;
	@Autowired
	UnitHistory history;
	@Autowired
	OfficialUnitsLoader loader;
	@Autowired
	JdbcClient jdbc;

	@Test
	void holdsBothListsWithTheirPeriods() {
		assertThat(count(UnitLevel.PROVINCE, BEFORE)).isEqualTo(63);
		assertThat(count(UnitLevel.DISTRICT, BEFORE)).isEqualTo(696);
		assertThat(count(UnitLevel.COMMUNE, BEFORE)).isEqualTo(10_047);
		assertThat(count(UnitLevel.PROVINCE, AFTER)).isEqualTo(34);
		assertThat(count(UnitLevel.DISTRICT, AFTER)).isZero();
		assertThat(count(UnitLevel.COMMUNE, AFTER)).isEqualTo(3_321);
	}

	@Test
	void aCodeNamesTheUnitOfTheDay() {
		SystemUser.run(() -> {
			assertThat(units.byCode("00256", LocalDate.of(2024, 10, 17)).name()).isEqualTo("Phường Lê Đại Hành");
			assertThat(units.byCode("00256", LocalDate.of(2025, 6, 30)).name()).isEqualTo("Phường Lê Đại Hành");
			assertThat(units.byCode("00256", AFTER).name()).isEqualTo("Phường Hai Bà Trưng");
			assertThat(units.byCode("00256", AFTER).parentCode()).isEqualTo("01");
			assertThat(units.byCode("62", LocalDate.of(2023, 5, 1)).name()).isEqualTo("Tỉnh Kon Tum");
			assertThatThrownBy(() -> units.byCode("62", AFTER)).isInstanceOf(UserFacingException.class)
				.extracting(e -> ((UserFacingException) e).status()).isEqualTo(404);
		});
	}

	@Test
	void theDemoKeepsKheTreUnderNamDongUntil2025() {
		SystemUser.run(() -> {
			Unit kheTre2021 = units.byCode("20161", LocalDate.of(2021, 2, 3));
			Unit kheTre2025 = units.byCode("20161", BEFORE);
			assertThat(kheTre2021.id()).isNotEqualTo(kheTre2025.id());
			assertThat(kheTre2021.parentCode()).isEqualTo("483");
			assertThat(kheTre2025.parentCode()).isEqualTo("482");
			assertThat(units.lineage(kheTre2021)).extracting(Unit::name)
				.containsExactly("Thành phố Huế", "Huyện Nam Đông", "Thị trấn Khe Tre");
		});
	}

	@Test
	void theMappingArrivesAsSuggestionsIncludingSplits() {
		SystemUser.run(() -> {
			Unit leDaiHanh = units.byCode("00256", BEFORE);
			List<Succession> successors = history.successors(leDaiHanh);
			assertThat(successors).extracting(s -> s.other().name())
				.containsExactlyInAnyOrder("Phường Hai Bà Trưng", "Phường Bạch Mai", "Phường Văn Miếu - Quốc Tử Giám");
			Unit konTum = units.byCode("62", BEFORE);
			assertThat(history.successors(konTum)).singleElement()
				.satisfies(s -> assertThat(s.other().name()).isEqualTo("Tỉnh Quảng Ngãi"));
			Unit nguyenDu = units.byCode("00241", BEFORE);
			assertThat(history.successors(nguyenDu)).allMatch(s -> !s.confirmed());
		});
	}

	@Test
	void loadingAgainAddsNothing() {
		long before = jdbc.sql("select count(*) from org_unit").query(Long.class).single();
		SystemUser.run(loader::loadIfMissing);
		assertThat(jdbc.sql("select count(*) from org_unit").query(Long.class).single()).isEqualTo(before);
	}

	private long count(UnitLevel level, LocalDate day) {
		return jdbc.sql("""
				select count(*) from org_unit where level = :level and source = 'OFFICIAL'
				and (valid_from is null or valid_from <= :day) and (valid_to is null or valid_to >= :day)
				""")
			.param("level", level.number())
			.param("day", day)
			.query(Long.class)
			.single();
	}
}
