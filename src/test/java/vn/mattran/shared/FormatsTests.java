package vn.mattran.shared;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import vn.mattran.shared.format.Formats;

import static org.assertj.core.api.Assertions.assertThat;

class FormatsTests {

	@Test
	void moneyUsesVietnameseGrouping() {
		assertThat(Formats.money(50_000_000)).isEqualTo("50.000.000 đ");
		assertThat(Formats.money(0)).isEqualTo("0 đ");
		assertThat(Formats.number(1_005_000)).isEqualTo("1.005.000");
	}

	@Test
	void decimalsUseAComma() {
		assertThat(Formats.decimal(12.54)).isEqualTo("12,5");
		assertThat(Formats.decimal(1234.5)).isEqualTo("1.234,5");
	}

	@Test
	void fileSizesReadInKilobytesOrMegabytes() {
		assertThat(Formats.fileSize(10)).isEqualTo("1 KB");
		assertThat(Formats.fileSize(820 * 1024)).isEqualTo("820 KB");
		assertThat(Formats.fileSize(12 * 1024 * 1024 + 512 * 1024)).isEqualTo("12,5 MB");
	}

	@Test
	void datesReadDayFirstWithLeadingZeros() {
		assertThat(Formats.date(LocalDate.of(2025, 3, 5))).isEqualTo("05/03/2025");
		assertThat(Formats.date(null)).isEmpty();
	}

	@Test
	void timesAreShownInVietnam() {
		assertThat(Formats.dateTime(OffsetDateTime.of(2024, 12, 31, 20, 0, 0, 0, ZoneOffset.UTC)))
			.isEqualTo("01/01/2025 03:00:00");
	}
}
