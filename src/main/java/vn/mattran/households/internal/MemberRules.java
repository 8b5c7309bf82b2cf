package vn.mattran.households.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import vn.mattran.households.Member;
import vn.mattran.shared.error.InvalidInput;
import vn.mattran.shared.text.VietnameseText;

/**
 * Checks and tidies the members of a household as a form, an import row or the API gives them:
 * names in NFC, ID numbers and phones as digits, one head, birth years that can be true.
 */
final class MemberRules {

	private MemberRules() {
	}

	/**
	 * The people of the household before an edit who are not on the edited list: they stay in its story, as having
	 * left — on the day they left, or today for those taken off by this edit. A row of the list is the same person as
	 * before by its member id (the edit form carries it, so a corrected name or a corrected birth year is no
	 * departure, though both changed at once is another person); a row without one by name without diacritics and
	 * birth year.
	 */
	static List<Member> departed(List<Member> before, List<Member> now, LocalDate today) {
		Map<Long, Member> present = new HashMap<>();
		before.stream().filter(Member::present).filter(m -> m.id() != null).forEach(m -> present.put(m.id(), m));
		Set<Long> ids = new HashSet<>();
		Set<String> unnamed = new HashSet<>();
		for (Member m : now) {
			// an id counts only for a present member of this household whose name or birth year is still the same:
			// someone typed over another person's row is a new person, and the one before has left
			Member was = m.id() == null ? null : present.get(m.id());
			if (was != null && (VietnameseText.fold(was.fullName()).equals(VietnameseText.fold(m.fullName()))
					|| Objects.equals(was.birthYear(), m.birthYear()))) {
				ids.add(m.id());
			}
			else {
				unnamed.add(person(m));
			}
		}
		List<Member> departed = new ArrayList<>();
		for (Member m : before) {
			boolean stays = (m.id() != null && ids.contains(m.id())) || unnamed.contains(person(m));
			if (!stays) {
				departed.add(m.present() ? m.leaving(today) : m);
			}
		}
		return departed;
	}

	private static String person(Member m) {
		return VietnameseText.fold(m.fullName()) + "|" + m.birthYear();
	}

	static List<Member> clean(List<Member> given, LocalDate today) {
		List<Member> members = new ArrayList<>();
		for (int i = 0; i < given.size(); i++) {
			Member m = given.get(i);
			String name = VietnameseText.cleanOrNull(m.fullName());
			boolean blank = name == null && (m.citizenId() == null || m.citizenId().isBlank()) && m.birthYear() == null
					&& m.birthDate() == null && (m.phone() == null || m.phone().isBlank());
			if (blank) {
				continue;
			}
			String field = "members[" + i + "]";
			if (name == null) {
				throw new InvalidInput(field + ".fullName", "household.error.memberName", i + 1);
			}
			if (name.length() > 120) {
				throw new InvalidInput(field + ".fullName", "household.error.tooLong", name.substring(0, 30), 120);
			}
			Integer year = m.birthDate() != null ? Integer.valueOf(m.birthDate().getYear()) : m.birthYear();
			if (year != null && (year < 1900 || year > today.getYear())) {
				throw new InvalidInput(field + ".birthYear", "household.error.birthYear", name, year, today.getYear());
			}
			if (m.birthDate() != null && m.birthDate().isAfter(today)) {
				throw new InvalidInput(field + ".birthDate", "household.error.birthYear", name, year, today.getYear());
			}
			members.add(new Member(m.id(), name, sex(m.sex(), field, name), year, m.birthDate(),
					relation(m.relation(), m.head()), citizenId(m.citizenId(), field, name), phone(m.phone(), field, name),
					m.head(), m.leftOn()));
		}
		if (members.isEmpty()) {
			throw new InvalidInput("members[0].fullName", "household.error.noMembers");
		}
		return withOneHead(members);
	}

	/** The member marked head, or the first one; two heads are refused. */
	private static List<Member> withOneHead(List<Member> members) {
		long heads = members.stream().filter(m -> m.head() && m.present()).count();
		if (heads > 1) {
			throw new InvalidInput("members", "household.error.twoHeads");
		}
		Set<String> ids = new HashSet<>();
		for (Member m : members) {
			if (m.citizenId() != null && !ids.add(m.citizenId())) {
				throw new InvalidInput("members", "household.error.sameIdTwice", m.citizenId());
			}
		}
		if (heads == 1) {
			return members;
		}
		List<Member> result = new ArrayList<>(members);
		int first = 0;
		while (first < result.size() && !result.get(first).present()) {
			first++;
		}
		if (first == result.size()) {
			throw new InvalidInput("members", "household.error.nobodyLeft");
		}
		Member m = result.get(first);
		result.set(first, new Member(null, m.fullName(), m.sex(), m.birthYear(), m.birthDate(),
				m.relation().equals("Thành viên") ? Member.HEAD : m.relation(), m.citizenId(), m.phone(), true, null));
		return result;
	}

	static String citizenId(String text, String field, String name) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String digits = text.replaceAll("[\\s.\\-]", "");
		if (!digits.matches("\\d{9}|\\d{12}")) {
			throw new InvalidInput(field + ".citizenId", "household.error.citizenId", name, text.strip());
		}
		return digits;
	}

	static String phone(String text, String field, String name) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String digits = text.replaceAll("[\\s.\\-()]", "");
		if (digits.startsWith("+84")) {
			digits = "0" + digits.substring(3);
		}
		if (!digits.matches("0\\d{9,10}")) {
			throw new InvalidInput(field + ".phone", "household.error.phone", name, text.strip());
		}
		return digits;
	}

	static String sex(String text, String field, String name) {
		if (text == null || text.isBlank()) {
			return null;
		}
		return switch (VietnameseText.fold(text)) {
			case "m", "nam", "male" -> "M";
			case "f", "nu", "female" -> "F";
			default -> throw new InvalidInput(field + ".sex", "household.error.sex", name, text.strip());
		};
	}

	private static String relation(String text, boolean head) {
		String relation = VietnameseText.cleanOrNull(text);
		if (relation != null && relation.length() > 40) {
			throw new InvalidInput("members", "household.error.tooLong", relation.substring(0, 30), 40);
		}
		if (relation != null) {
			return relation;
		}
		return head ? Member.HEAD : "Thành viên";
	}
}
