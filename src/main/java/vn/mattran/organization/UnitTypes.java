package vn.mattran.organization;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.mattran.shared.text.VietnameseText;

/** The kinds of unit at each level, as the official lists and the communes name them. */
public final class UnitTypes {

	private static final Map<UnitLevel, List<String>> TYPES = new LinkedHashMap<>();

	static {
		TYPES.put(UnitLevel.PROVINCE, List.of("Thành phố Trung ương", "Tỉnh"));
		TYPES.put(UnitLevel.DISTRICT, List.of("Huyện", "Quận", "Thị xã", "Thành phố"));
		TYPES.put(UnitLevel.COMMUNE, List.of("Xã", "Phường", "Thị trấn", "Đặc khu"));
		TYPES.put(UnitLevel.RESIDENTIAL, List.of("Thôn", "Tổ dân phố", "Bản", "Ấp", "Khu dân cư", "Khu phố", "Làng",
				"Buôn", "Plei", "Xóm", "Sóc", "Khóm", "Khu"));
	}

	private UnitTypes() {
	}

	public static List<String> of(UnitLevel level) {
		return TYPES.get(level);
	}

	public static boolean allowed(UnitLevel level, String type) {
		return TYPES.get(level).contains(type);
	}

	/** The type a name starts with ("Thôn Hòa Bình" → "Thôn"), else the first type of the level. */
	public static String fromName(UnitLevel level, String name) {
		String folded = VietnameseText.fold(name);
		return TYPES.get(level).stream()
			.filter(type -> folded.startsWith(VietnameseText.fold(type) + " "))
			.max((a, b) -> Integer.compare(a.length(), b.length()))
			.orElse(level == UnitLevel.PROVINCE ? "Tỉnh" : TYPES.get(level).get(0));
	}

	/**
	 * A level written the ways people write it in a file: 1–4, "tỉnh", "huyện", "xã", "thôn",
	 * "province", "commune", "cấp xã", or one of the types ("Phường", "Tổ dân phố").
	 */
	public static Optional<UnitLevel> levelOf(String text) {
		String folded = VietnameseText.fold(text).replaceFirst("^cap ", "");
		return switch (folded) {
			case "1", "tinh", "province", "thanh pho trung uong" -> Optional.of(UnitLevel.PROVINCE);
			case "2", "huyen", "district" -> Optional.of(UnitLevel.DISTRICT);
			case "3", "xa", "commune" -> Optional.of(UnitLevel.COMMUNE);
			case "4", "thon", "khu dan cu", "residential", "residential area" -> Optional.of(UnitLevel.RESIDENTIAL);
			default -> TYPES.entrySet().stream()
				.filter(entry -> entry.getValue().stream().anyMatch(type -> VietnameseText.fold(type).equals(folded)))
				.map(Map.Entry::getKey)
				.findFirst();
		};
	}
}
