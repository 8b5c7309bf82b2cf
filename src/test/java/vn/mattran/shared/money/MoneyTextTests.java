package vn.mattran.shared.money;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyTextTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "50.000.000|50000000", "50,000,000|50000000", "50 000 000|50000000",
			"50000000|50000000", "500.000 đ|500000", "1.000.000 đồng|1000000", "200000 VND|200000", "999|999",
			"1.500|1500", "50000d|50000", "1 000 000|1000000" })
	void readsAmountsAsPeopleTypeThem(String typed, long dong) {
		assertThat(MoneyText.parse(typed)).hasValue(dong);
	}

	@ParameterizedTest
	@ValueSource(strings = { "12,5", "1.000,50", "1,000.000", "50.00.000", "abc", "", "-5000", "1e6", "5.000.000.0",
			"99999999999999999999" })
	void refusesWhatIsNotAWholeNumberOfDong(String typed) {
		assertThat(MoneyText.parse(typed)).isEmpty();
	}
}
