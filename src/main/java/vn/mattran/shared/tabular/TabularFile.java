package vn.mattran.shared.tabular;

import java.util.List;

/** A file of rows read from XLSX or CSV: the header cells and the data rows after it (blank rows dropped). */
public record TabularFile(String name, List<String> header, List<TabularRow> rows) {

	public TabularFile {
		header = List.copyOf(header);
		rows = List.copyOf(rows);
	}
}
