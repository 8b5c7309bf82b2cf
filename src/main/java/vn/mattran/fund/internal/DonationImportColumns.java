package vn.mattran.fund.internal;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import vn.mattran.shared.text.VietnameseText;

/**
 * The columns of an agency's or a residential group's collection list, with the headers such lists
 * use. The import maps a file's headers onto them (the user may correct the guess).
 */
public enum DonationImportColumns {
	NAME(true, "Họ và tên", "họ tên", "tên người ủng hộ", "người ủng hộ", "tên nhà hảo tâm", "nhà hảo tâm", "đơn vị",
			"tên đơn vị", "cơ quan, đơn vị", "cơ quan", "tên"),
	KIND(false, "Loại", "loại nhà hảo tâm", "đối tượng", "loại người ủng hộ"),
	ADDRESS(false, "Địa chỉ", "địa chỉ liên hệ"),
	PHONE(false, "Số điện thoại", "sđt", "điện thoại", "số đt"),
	AMOUNT(true, "Số tiền", "số tiền ủng hộ", "số tiền (đồng)", "số tiền (đ)", "thành tiền", "tiền ủng hộ", "giá trị"),
	DATE(false, "Ngày", "ngày ủng hộ", "ngày nộp", "ngày nhận", "ngày thu"),
	CHANNEL(false, "Hình thức", "hình thức ủng hộ", "hình thức nộp"),
	IN_KIND(false, "Hiện vật", "tên hiện vật", "hiện vật ủng hộ"),
	NOTE(false, "Ghi chú", "nội dung"),
	UNIT(false, "Thôn/Tổ", "thôn", "tổ", "tổ dân phố", "thôn, tổ", "khu dân cư", "địa bàn", "đơn vị thu", "nơi thu",
			"xã, phường", "xã/phường");

	private final boolean required;
	private final String header;
	private final List<String> synonyms;

	DonationImportColumns(boolean required, String header, String... synonyms) {
		this.required = required;
		this.header = header;
		this.synonyms = List.of(synonyms);
	}

	public boolean required() {
		return required;
	}

	/** The header a list usually gives this column, as the page names it. */
	public String header() {
		return header;
	}

	/** A first guess of which column holds each field: the usual header first, then one of the other names. */
	public static Map<DonationImportColumns, Integer> guess(List<String> headers) {
		Map<DonationImportColumns, Integer> mapping = new EnumMap<>(DonationImportColumns.class);
		for (DonationImportColumns column : values()) {
			for (int i = 0; i < headers.size(); i++) {
				if (!mapping.containsValue(i) && column.names(VietnameseText.fold(headers.get(i)))) {
					mapping.put(column, i);
					break;
				}
			}
		}
		return mapping;
	}

	private boolean names(String folded) {
		return !folded.isEmpty() && (folded.equals(VietnameseText.fold(header))
				|| synonyms.stream().anyMatch(s -> VietnameseText.fold(s).equals(folded)));
	}
}
