package vn.mattran.fund.web;

import java.util.List;

/**
 * A table of a report, the same for the page, the XLSX and the PDF: a title, headers, and rows whose
 * cells are text, {@link Money} (đồng, right-aligned, grouped) or {@link Count}; the last row may be a total.
 */
public record ReportTable(String title, List<String> headers, List<List<Object>> rows, boolean lastRowIsTotal) {

	public record Money(long dong) {
	}

	public record Count(long value) {
	}

	public ReportTable {
		headers = List.copyOf(headers);
		rows = rows.stream().map(List::copyOf).toList();
	}

	static Money money(long dong) {
		return new Money(dong);
	}

	static Count count(long value) {
		return new Count(value);
	}

	/** For templates: whether a cell is a number to right-align. */
	static boolean numeric(Object cell) {
		return cell instanceof Money || cell instanceof Count;
	}
}
