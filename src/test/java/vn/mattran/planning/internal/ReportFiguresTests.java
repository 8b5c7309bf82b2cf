package vn.mattran.planning.internal;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.mattran.planning.PlanContent.Figure;
import vn.mattran.shared.error.InvalidInput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A report's figures are whole numbers as people type them, and nothing typed is misread. */
class ReportFiguresTests {

	private static final List<Figure> MONEY = List.of(new Figure("so_tien", "Số tiền vận động", "đồng"));

	@Test
	void groupedOrPlainWholeNumbersAreRead() {
		assertThat(Tasks.figures(MONEY, Map.of("so_tien", "12.500.000"))).containsEntry("so_tien", 12_500_000L);
		assertThat(Tasks.figures(MONEY, Map.of("so_tien", "12 500 000 đồng"))).containsEntry("so_tien", 12_500_000L);
		assertThat(Tasks.figures(MONEY, Map.of("so_tien", "12500000"))).containsEntry("so_tien", 12_500_000L);
		assertThat(Tasks.figures(MONEY, Map.of("so_tien", "1,500"))).containsEntry("so_tien", 1_500L);
	}

	@Test
	void decimalsNegativesAndWordsAreRefusedNotMisread() {
		for (String typed : List.of("12,5", "1.5", "-5", "mười", "12.500.00", "1.500,000")) {
			assertThatThrownBy(() -> Tasks.figures(MONEY, Map.of("so_tien", typed))).as(typed)
				.isInstanceOf(InvalidInput.class)
				.satisfies(e -> assertThat(((InvalidInput) e).args()).containsExactly("Số tiền vận động", typed));
		}
	}

	@Test
	void aMissingFigureOrOneThePlanDoesNotHaveIsNamed() {
		assertThatThrownBy(() -> Tasks.figures(MONEY, Map.of())).isInstanceOf(InvalidInput.class)
			.hasMessageContaining("report.error.figureRequired");
		assertThatThrownBy(() -> Tasks.figures(MONEY, Map.of("so_tien", "1", "so_ho", "2")))
			.isInstanceOf(InvalidInput.class).hasMessageContaining("report.error.figureUnknown");
	}
}
