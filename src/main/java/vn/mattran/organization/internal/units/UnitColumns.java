package vn.mattran.organization.internal.units;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.mattran.shared.tabular.TabularRow;
import vn.mattran.shared.text.VietnameseText;

/** Finds the unit columns of a file by the headers people write ("Mã", "Tên đơn vị", "Cấp", "Mã cấp trên"…). */
final class UnitColumns {

	static final String CODE = "code";
	static final String NAME = "name";
	static final String LEVEL = "level";
	static final String PARENT = "parentCode";
	static final String TYPE = "type";
	static final String VALID_FROM = "validFrom";
	static final String VALID_TO = "validTo";
	static final String NOTE = "note";
	private static final List<String> REQUIRED = List.of(CODE, NAME, LEVEL, PARENT);
	private static final Map<String, Set<String>> NAMES = Map.of(
			CODE, Set.of("ma", "ma don vi", "ma so", "code", "ma dvhc"),
			NAME, Set.of("ten", "ten don vi", "name", "ten dvhc"),
			LEVEL, Set.of("cap", "level", "cap hanh chinh", "cap don vi"),
			PARENT, Set.of("ma cap tren", "ma don vi cap tren", "ma don vi cha", "ma cha", "parent", "parent code"),
			TYPE, Set.of("loai", "loai don vi", "type"),
			VALID_FROM, Set.of("hieu luc tu", "tu ngay", "valid from"),
			VALID_TO, Set.of("hieu luc den", "den ngay", "valid to"),
			NOTE, Set.of("ghi chu", "note"));

	private final Map<String, Integer> index;
	private final List<String> header;

	private UnitColumns(Map<String, Integer> index, List<String> header) {
		this.index = index;
		this.header = header;
	}

	static UnitColumns find(List<String> header) {
		Map<String, Integer> index = new HashMap<>();
		for (int i = 0; i < header.size(); i++) {
			String folded = VietnameseText.fold(header.get(i));
			for (Map.Entry<String, Set<String>> column : NAMES.entrySet()) {
				if (column.getValue().contains(folded)) {
					index.putIfAbsent(column.getKey(), i);
				}
			}
		}
		return new UnitColumns(index, header);
	}

	/** The required columns the header lacks, by their Vietnamese names. */
	List<String> missing() {
		List<String> missing = new ArrayList<>();
		Map<String, String> shown = Map.of(CODE, "Mã", NAME, "Tên", LEVEL, "Cấp", PARENT, "Mã cấp trên");
		for (String column : REQUIRED) {
			if (!index.containsKey(column)) {
				missing.add(shown.get(column));
			}
		}
		return missing;
	}

	String value(TabularRow row, String column) {
		Integer at = index.get(column);
		return at == null ? "" : row.cell(at);
	}

	/** The column as the file names it, for messages. */
	String header(String column) {
		Integer at = index.get(column);
		return at == null ? column : header.get(at);
	}

	/** The column a service's field refusal points at. */
	String forField(String field) {
		if (field == null) {
			return NAME;
		}
		return switch (field) {
			case "parentId", "parentCode" -> PARENT;
			case CODE, NAME, LEVEL, TYPE, VALID_FROM, VALID_TO, NOTE -> field;
			default -> NAME;
		};
	}
}
