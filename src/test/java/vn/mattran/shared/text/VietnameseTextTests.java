package vn.mattran.shared.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class VietnameseTextTests {

	@Test
	void foldsDiacriticsAndDStroke() {
		assertThat(VietnameseText.fold("Nguyễn Thị Nhung")).isEqualTo("nguyen thi nhung");
		assertThat(VietnameseText.fold("ĐẮK GLEI")).isEqualTo("dak glei");
		assertThat(VietnameseText.fold("Phường Lê Đại Hành")).isEqualTo("phuong le dai hanh");
	}

	@Test
	void foldsDecomposedInputTheSameAsComposed() {
		String decomposed = Normalizer.normalize("Tổ dân phố số 9", Normalizer.Form.NFD);
		assertThat(VietnameseText.fold(decomposed)).isEqualTo(VietnameseText.fold("Tổ dân phố số 9"));
	}

	@Test
	void spellingsOfOnePlaceCompactToTheSameLetters() {
		assertThat(List.of("Đắk Glei", "Đăk Glei", "ĐăkGlei", "dak glei", "DAK-GLEI"))
			.extracting(VietnameseText::compact)
			.containsOnly("dakglei");
		assertThat(VietnameseText.compact("Ia H’Đrai")).isEqualTo(VietnameseText.compact("Ia H' Drai"));
	}

	@Test
	void cleanMakesNfcAndCollapsesSpaces() {
		String decomposed = Normalizer.normalize("  Thôn   Hòa Bình ", Normalizer.Form.NFD);
		assertThat(VietnameseText.clean(decomposed)).isEqualTo("Thôn Hòa Bình");
		assertThat(Normalizer.isNormalized(VietnameseText.clean(decomposed), Normalizer.Form.NFC)).isTrue();
		assertThat(VietnameseText.cleanOrNull("   ")).isNull();
	}

	@Test
	void collatorPutsVietnameseLettersInAlphabeticalOrder() {
		List<String> names = new ArrayList<>(List.of("Đông", "Dương", "Ân", "An", "Ăn", "Bình", "Êm", "Em"));
		names.sort(VietnameseCollator.comparator());
		assertThat(names).containsExactly("An", "Ăn", "Ân", "Bình", "Dương", "Đông", "Em", "Êm");
	}

	@Test
	void sortKeysOrderLikeTheCollator() {
		assertThat(compareUnsigned(VietnameseCollator.sortKey("Dương"), VietnameseCollator.sortKey("Đông"))).isNegative();
		assertThat(compareUnsigned(VietnameseCollator.sortKey("Zô"), VietnameseCollator.sortKey("Đông"))).isPositive();
	}

	private static int compareUnsigned(byte[] a, byte[] b) {
		return java.util.Arrays.compareUnsigned(a, b);
	}
}
