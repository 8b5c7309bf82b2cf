package vn.mattran.households.internal;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import vn.mattran.shared.text.VietnameseText;

/**
 * The columns a commune's list of households has, with the headers such lists use. The export
 * writes the first header of each; the import maps a file's headers onto them (the user may
 * correct the guess).
 */
public enum HouseholdColumns {
	HEAD(true, "Họ và tên chủ hộ", "họ tên chủ hộ", "chủ hộ", "tên chủ hộ", "họ và tên"),
	BIRTH(false, "Năm sinh", "ngày sinh", "ngày tháng năm sinh", "năm sinh chủ hộ"),
	SEX(false, "Giới tính", "nam/nữ", "giới"),
	CITIZEN_ID(false, "Số CCCD", "cccd", "số cmnd/cccd", "cmnd/cccd", "số cmnd", "cmnd", "số định danh", "số định danh cá nhân"),
	PHONE(false, "Số điện thoại", "sđt", "điện thoại", "số đt"),
	AREA(false, "Thôn/Tổ", "thôn", "tổ", "tổ dân phố", "thôn, tổ", "thôn/tổ dân phố", "khu dân cư", "địa bàn", "thôn, bản",
			"ấp", "khu phố"),
	ADDRESS(false, "Địa chỉ", "địa chỉ cụ thể", "số nhà"),
	CLASSIFICATION(false, "Phân loại", "phân loại hộ", "loại hộ", "diện", "diện hộ", "đối tượng"),
	YEAR(false, "Năm", "năm rà soát", "năm phân loại"),
	CIRCUMSTANCES(false, "Hoàn cảnh", "hoàn cảnh gia đình", "ghi chú", "tình trạng"),
	NEEDS(false, "Nhu cầu", "nhu cầu hỗ trợ", "nhu cầu cần hỗ trợ");

	private final boolean required;
	private final String header;
	private final List<String> synonyms;

	HouseholdColumns(boolean required, String header, String... synonyms) {
		this.required = required;
		this.header = header;
		this.synonyms = List.of(synonyms);
	}

	public boolean required() {
		return required;
	}

	/** The header the export writes. */
	public String header() {
		return header;
	}

	/** A first guess of which column of the file holds each field: an exact header first, then one of the usual names. */
	public static Map<HouseholdColumns, Integer> guess(List<String> headers) {
		Map<HouseholdColumns, Integer> mapping = new EnumMap<>(HouseholdColumns.class);
		for (HouseholdColumns column : values()) {
			for (int i = 0; i < headers.size(); i++) {
				if (mapping.containsValue(i)) {
					continue;
				}
				String folded = VietnameseText.fold(headers.get(i));
				if (folded.equals(VietnameseText.fold(column.header))
						|| column.synonyms.stream().anyMatch(s -> VietnameseText.fold(s).equals(folded))) {
					mapping.put(column, i);
					break;
				}
			}
		}
		return mapping;
	}
}
