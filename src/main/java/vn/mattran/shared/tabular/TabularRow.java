package vn.mattran.shared.tabular;

import java.util.List;

/** One row of a spreadsheet or CSV file: its number as the user sees it (the header is row 1) and its cells. */
public record TabularRow(int number, List<String> cells) {

	public TabularRow {
		cells = List.copyOf(cells);
	}

	/** The cell in {@code column} (from 0), trimmed; "" when the row is shorter. */
	public String cell(int column) {
		return column >= 0 && column < cells.size() ? cells.get(column).strip() : "";
	}

	public boolean blank() {
		return cells.stream().allMatch(String::isBlank);
	}
}
