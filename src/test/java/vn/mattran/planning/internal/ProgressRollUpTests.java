package vn.mattran.planning.internal;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.mattran.planning.Plan;
import vn.mattran.planning.PlanContent;
import vn.mattran.planning.PlanContent.Figure;
import vn.mattran.planning.PlanKind;
import vn.mattran.planning.PlanStatus;
import vn.mattran.planning.Task;
import vn.mattran.planning.TaskStatus;
import vn.mattran.documents.DocumentText;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The figures of the reports add up over the hierarchy: a province's plan reported on by its own
 * departments, by districts and by communes gives each district the sum of itself and its communes,
 * and the province the sum of everything.
 */
class ProgressRollUpTests {

	private static final List<Figure> FIGURES = List.of(new Figure("so_tien", "Số tiền", "đồng"),
			new Figure("ho", "Số hộ", "hộ"));
	private static final Map<String, String> NAMES = Map.of("1", "Tỉnh A", "1.2", "Huyện B", "1.2.3", "Xã C", "1.2.4",
			"Xã D", "1.5", "Huyện E");

	@Test
	void eachUnitsLineIsTheSumOfEverythingBelowIt() {
		List<Task> tasks = List.of(task(10, "Ban Phong trào", "1"), task(11, "BTT huyện B", "1.2"),
				task(12, "BTT xã C", "1.2.3"), task(13, "BTT xã D", "1.2.4"), task(14, "BTT huyện E", "1.5"),
				task(15, "BTT xã chưa báo cáo", "1.5.6"));
		Map<Long, Map<String, Long>> reported = Map.of(10L, Map.of("so_tien", 1_000_000L, "ho", 1L), 11L,
				Map.of("so_tien", 20_000_000L, "ho", 4L), 12L, Map.of("so_tien", 3_500_000L, "ho", 2L), 13L,
				Map.of("so_tien", 1_500_000L, "ho", 0L), 14L, Map.of("so_tien", 7_000_000L, "ho", 3L));

		List<Progress.FigureRow> rows = Progress.rollUp(plan(), tasks, reported, FIGURES, NAMES::get);

		assertThat(rows).extracting(Progress.FigureRow::name).containsExactly("Tỉnh A", "Ban Phong trào", "Huyện B",
				"BTT huyện B", "Xã C", "BTT xã C", "Xã D", "BTT xã D", "Huyện E", "BTT huyện E");
		assertThat(row(rows, "Tỉnh A").values()).containsEntry("so_tien", 33_000_000L).containsEntry("ho", 10L);
		assertThat(row(rows, "Huyện B").values()).containsEntry("so_tien", 25_000_000L).containsEntry("ho", 6L);
		assertThat(row(rows, "Xã C").values()).containsEntry("so_tien", 3_500_000L);
		assertThat(row(rows, "Huyện E").values()).containsEntry("so_tien", 7_000_000L);
		assertThat(row(rows, "Huyện B").depth()).isEqualTo(1);
		assertThat(row(rows, "BTT xã C").depth()).isEqualTo(3);
		long leaves = rows.stream().filter(r -> !r.unit()).mapToLong(r -> r.values().get("so_tien")).sum();
		assertThat(leaves).as("no report is counted twice").isEqualTo(33_000_000L);
	}

	@Test
	void withoutReportsTheTotalIsZero() {
		List<Progress.FigureRow> rows = Progress.rollUp(plan(), List.of(task(10, "Ban", "1.2")), Map.of(), FIGURES,
				NAMES::get);
		assertThat(rows).hasSize(1);
		assertThat(rows.get(0).values()).containsEntry("so_tien", 0L).containsEntry("ho", 0L);
	}

	private static Progress.FigureRow row(List<Progress.FigureRow> rows, String name) {
		return rows.stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
	}

	private static Task task(long id, String assignee, String path) {
		return new Task(id, 1, "Kế hoạch", "1/KH", "BTT tỉnh A", "1", "giao", "Giao", List.of(), id, assignee, path,
				null, TaskStatus.REPORTED, null, 0);
	}

	private static Plan plan() {
		DocumentText text = new DocumentText(null, null, null, null, null, true, null, null, "Thử", null, null, null,
				null, null, null, null, null, null);
		return new Plan(1, PlanKind.PLAN, 1, null, "BTT tỉnh A", 1, "1", "Kế hoạch", PlanStatus.ISSUED, 2024, null, null,
				null, null, null, new PlanContent(text, List.of(), List.of(), List.of(), FIGURES, List.of(), Map.of()),
				1L, "1/KH", null, "system", 0);
	}
}
