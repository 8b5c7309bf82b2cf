package vn.mattran.organization;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UnitTypesTests {

	@Test
	void readsLevelsAsPeopleWriteThem() {
		assertThat(UnitTypes.levelOf("1")).contains(UnitLevel.PROVINCE);
		assertThat(UnitTypes.levelOf("Cấp xã")).contains(UnitLevel.COMMUNE);
		assertThat(UnitTypes.levelOf("Phường")).contains(UnitLevel.COMMUNE);
		assertThat(UnitTypes.levelOf("tổ dân phố")).contains(UnitLevel.RESIDENTIAL);
		assertThat(UnitTypes.levelOf("residential")).contains(UnitLevel.RESIDENTIAL);
		assertThat(UnitTypes.levelOf("quận")).contains(UnitLevel.DISTRICT);
		assertThat(UnitTypes.levelOf("làng xã")).isEmpty();
	}

	@Test
	void takesTheTypeFromTheName() {
		assertThat(UnitTypes.fromName(UnitLevel.RESIDENTIAL, "Tổ dân phố số 9")).isEqualTo("Tổ dân phố");
		assertThat(UnitTypes.fromName(UnitLevel.RESIDENTIAL, "Thôn PengSaPeng")).isEqualTo("Thôn");
		assertThat(UnitTypes.fromName(UnitLevel.COMMUNE, "Đặc khu Phú Quốc")).isEqualTo("Đặc khu");
		assertThat(UnitTypes.fromName(UnitLevel.COMMUNE, "Thị trấn Khe Tre")).isEqualTo("Thị trấn");
		assertThat(UnitTypes.fromName(UnitLevel.RESIDENTIAL, "Khu phố 3")).isEqualTo("Khu phố");
	}
}
