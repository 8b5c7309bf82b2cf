package vn.mattran.shared.money;

import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Amounts in words as documents write them, checked by hand for the hard cases and against ICU where ICU is right. */
class AmountInWordsTests {

	private final RuleBasedNumberFormat icu = new RuleBasedNumberFormat(new ULocale("vi"), RuleBasedNumberFormat.SPELLOUT);

	@Test
	void spellsTheHardCases() {
		assertThat(AmountInWords.words(1_000_001)).isEqualTo("một triệu không trăm lẻ một");
		assertThat(AmountInWords.words(1_005_000)).isEqualTo("một triệu không trăm lẻ năm nghìn");
		assertThat(AmountInWords.words(1_000_024)).isEqualTo("một triệu không trăm hai mươi tư");
		assertThat(AmountInWords.words(21)).isEqualTo("hai mươi mốt");
		assertThat(AmountInWords.words(25)).isEqualTo("hai mươi lăm");
		assertThat(AmountInWords.words(24)).isEqualTo("hai mươi tư");
		assertThat(AmountInWords.words(105)).isEqualTo("một trăm lẻ năm");
		assertThat(AmountInWords.words(11)).isEqualTo("mười một");
		assertThat(AmountInWords.words(14)).isEqualTo("mười bốn");
		assertThat(AmountInWords.words(15)).isEqualTo("mười lăm");
		assertThat(AmountInWords.words(10)).isEqualTo("mười");
		assertThat(AmountInWords.words(0)).isEqualTo("không");
		assertThat(AmountInWords.words(2_000_050)).isEqualTo("hai triệu không trăm năm mươi");
		assertThat(AmountInWords.words(1_000_000_500)).isEqualTo("một tỷ năm trăm");
		assertThat(AmountInWords.words(12_345_678_901L))
			.isEqualTo("mười hai tỷ ba trăm bốn mươi lăm triệu sáu trăm bảy mươi tám nghìn chín trăm lẻ một");
		assertThat(AmountInWords.words(3_000_000_000_000L)).isEqualTo("ba nghìn tỷ");
		assertThat(AmountInWords.words(-5_000)).isEqualTo("âm năm nghìn");
	}

	@Test
	void writesAmountsTheWayDocumentsDo() {
		assertThat(AmountInWords.written(50_000_000)).isEqualTo("50.000.000đ (Năm mươi triệu đồng chẵn)");
		assertThat(AmountInWords.written(5_000_000)).isEqualTo("5.000.000đ (Năm triệu đồng chẵn)");
		assertThat(AmountInWords.dong(1_000_024)).isEqualTo("Một triệu không trăm hai mươi tư đồng");
		assertThat(AmountInWords.dong(0)).isEqualTo("Không đồng");
	}

	@Test
	void agreesWithIcuBelowAMillion() {
		List<String> differences = new ArrayList<>();
		for (int n = 0; n < 1_000_000; n++) {
			String ours = AmountInWords.words(n);
			if (!ours.equals(icu.format(n))) {
				differences.add(n + ": " + ours + " / ICU " + icu.format(n));
			}
		}
		assertThat(differences).isEmpty();
	}

	@Test
	void agreesWithIcuAboveAMillionWhereNoGroupStartsWithZeroHundreds() {
		SplittableRandom random = new SplittableRandom(2026);
		int compared = 0;
		for (int i = 0; i < 200_000; i++) {
			long n = random.nextLong(1_000_000L, 1_000_000_000_000_000L);
			if (hasZeroHundredsAfterTheFirstGroup(n)) {
				// ICU: "một triệu lẻ một"; documents: "một triệu không trăm lẻ một" (see spellsTheHardCases)
				assertThat(AmountInWords.words(n)).contains("không trăm");
				continue;
			}
			assertThat(AmountInWords.words(n)).as("%d", n).isEqualTo(icu.format(n));
			compared++;
		}
		assertThat(compared).isGreaterThan(50_000);
	}

	private static boolean hasZeroHundredsAfterTheFirstGroup(long n) {
		for (long rest = n; rest >= 1000; rest /= 1000) {
			long group = rest % 1000;
			if (group != 0 && group < 100) {
				return true;
			}
		}
		return false;
	}
}
