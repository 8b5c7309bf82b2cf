package vn.mattran.planning;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.mattran.documents.DocumentText;

/**
 * What a plan says, in the parts the seeds show. {@code text} is the document as written (header,
 * subject, legal bases, closing, body); in its body, lines name the structured parts where they
 * stand: "@giao:key" an assignment, "@kinh-phi:key" a budget line, "@mo-hinh:kind" the model
 * sites of a kind, "@chuong-trinh" the programme's items by quarter and month. Within a line,
 * "{{năm:DANG}}" and "{{mốc:DANG}}" give an anniversary's count of years and its dates,
 * "{{ngày:DANG}}" its day that year (":1930" after the code names another year), and
 * "{{can-chi}}" the lunar year's name.
 */
public record PlanContent(DocumentText text, List<Assignment> assignments, List<BudgetLine> budget,
		List<SiteLine> sites, List<Figure> figures, List<ProgrammeItem> items, Map<Integer, String> monthHeadings) {

	public PlanContent {
		assignments = assignments == null ? List.of() : List.copyOf(assignments);
		budget = budget == null ? List.of() : List.copyOf(budget);
		sites = sites == null ? List.of() : List.copyOf(sites);
		figures = figures == null ? List.of() : List.copyOf(figures);
		items = items == null ? List.of() : List.copyOf(items);
		monthHeadings = monthHeadings == null ? Map.of() : Map.copyOf(monthHeadings);
	}

	/**
	 * What a body (or several: "the committees of the districts") must do: the heading as written
	 * ("1.1. Ban Phong trào, Ủy ban MTTQ Việt Nam:", or "- **Phòng Tư pháp:**" to run into its first
	 * duty), its duties one paragraph a line, and the deadline of its report.
	 */
	public record Assignment(String key, String heading, int level, List<String> duties, List<Long> assigneeBodyIds,
			LocalDate dueOn) {

		public Assignment {
			duties = duties == null ? List.of() : List.copyOf(duties);
			assigneeBodyIds = assigneeBodyIds == null ? List.of() : List.copyOf(assigneeBodyIds);
		}
	}

	/** "5.000.000đ/01 đơn vị x 10 huyện, thành phố = 50.000.000đ (Năm mươi triệu đồng chẵn)": unit amount × count. */
	public record BudgetLine(String key, String lead, long unitAmount, String per, int count, String countNoun,
			String end) {

		public long total() {
			return Math.multiplyExact(unitAmount, count);
		}
	}

	/** A model site as the plan lists it, at a residential area, under a body's responsibility. */
	public record SiteLine(String kind, String line, Long placeUnitId, Long responsibleBodyId) {
	}

	/** A figure every report of the plan gives ("Số tiền vận động", in đồng), so reports add up. */
	public record Figure(String code, String label, String unit) {
	}

	/**
	 * An item of a work programme: in a month, of a kind, as written; on a solar day, a lunar day, or
	 * in the month at large. A monthly item (the "trực báo") is written once and stands in every month.
	 */
	public record ProgrammeItem(int month, ItemKind kind, String text, Integer day, Integer lunarDay,
			Integer lunarMonth, boolean everyMonth) {
	}

	/** The kinds of programme items. */
	public enum ItemKind {
		BRIEFING, CONFERENCE, MID_YEAR_REVIEW, ANNUAL_REVIEW, VOTER_MEETING, ELECTION, ANNIVERSARY, CAMPAIGN,
		SUPERVISION, FUND_COLLECTION, EMULATION, OTHER
	}
}
