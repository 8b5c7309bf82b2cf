package vn.mattran.fund.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.mattran.fund.Donor;
import vn.mattran.fund.DonorKind;
import vn.mattran.shared.text.VietnameseText;

/**
 * Known donors that a list's rows may be: looked up for the whole file at once. The rule, since a
 * donor is never merged silently: a row is given to a known donor only when its name is the same
 * letter for letter (case and spacing aside) and its phone has the same digits, and the preview
 * says so; anyone else becomes a new donor, and known donors with the same name without diacritics
 * or the same phone are only suggested, for the user to merge later if they are the same person.
 * Two rows of one file with the same name and phone are one new donor.
 */
final class DonationImportDonors {

	static final DonationImportDonors NONE = new DonationImportDonors(List.of());

	private final Map<String, Donor> exact = new HashMap<>();
	private final Map<String, List<Donor>> byName = new HashMap<>();
	private final Map<String, List<Donor>> byPhone = new HashMap<>();

	private DonationImportDonors(List<Donor> donors) {
		for (Donor donor : donors) {
			String key = key(donor.name(), donor.phone());
			if (key != null) {
				exact.putIfAbsent(key, donor);
			}
			byName.computeIfAbsent(VietnameseText.fold(donor.name()), k -> new ArrayList<>()).add(donor);
			String digits = DonationImportCells.digits(donor.phone());
			if (!digits.isEmpty()) {
				byPhone.computeIfAbsent(digits, k -> new ArrayList<>()).add(donor);
			}
		}
	}

	/** Donors (never anonymous ones) with one of these names without diacritics or one of these phones' digits. */
	static DonationImportDonors load(JdbcClient jdbc, Collection<String> names, Collection<String> phones) {
		if (names.isEmpty() && phones.isEmpty()) {
			return NONE;
		}
		List<Donor> donors = jdbc.sql("""
				select * from fund_donor
				where kind <> 'ANONYMOUS' and merged_into is null
				  and (name_folded = any(:names) or regexp_replace(phone, '\\D', '', 'g') = any(:phones))
				order by id
				""")
			.param("names", names.stream().map(VietnameseText::fold).distinct().toArray(String[]::new))
			.param("phones", phones.stream().map(DonationImportCells::digits).filter(d -> d.length() >= 8).distinct()
				.toArray(String[]::new))
			.query(DonorRepository::row)
			.list();
		return new DonationImportDonors(donors);
	}

	/** Name and phone as the exact rule compares them; null without a usable phone. */
	static String key(String name, String phone) {
		String digits = DonationImportCells.digits(phone);
		String clean = VietnameseText.cleanOrNull(name);
		return clean == null || digits.length() < 8 ? null : clean.toLowerCase(Locale.ROOT) + "|" + digits;
	}

	Donor exact(String key) {
		return exact.get(key);
	}

	/** Known donors that may be the same person: the same name without diacritics, or the same phone. */
	List<Donor> similar(String name, String phone) {
		Set<Donor> found = new LinkedHashSet<>(byName.getOrDefault(VietnameseText.fold(name), List.of()));
		String digits = DonationImportCells.digits(phone);
		if (!digits.isEmpty()) {
			found.addAll(byPhone.getOrDefault(digits, List.of()));
		}
		return found.stream().filter(d -> d.kind() != DonorKind.ANONYMOUS).limit(3).toList();
	}
}
