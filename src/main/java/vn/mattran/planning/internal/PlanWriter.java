package vn.mattran.planning.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.mattran.documents.DocumentText;
import vn.mattran.planning.NationalDays;
import vn.mattran.planning.PlanContent;
import vn.mattran.planning.PlanContent.Assignment;
import vn.mattran.planning.PlanContent.BudgetLine;
import vn.mattran.planning.PlanContent.ProgrammeItem;
import vn.mattran.shared.calendar.LunarCalendar;
import vn.mattran.shared.calendar.LunarDate;
import vn.mattran.shared.error.InvalidInput;
import vn.mattran.shared.format.Formats;
import vn.mattran.shared.money.AmountInWords;

/**
 * Writes a plan as the document the documents module numbers and renders: the structured parts
 * (assignments, budget lines, model sites, programme items) put in where the body names them, and
 * anniversaries and lunar year names computed for the plan's year.
 */
public final class PlanWriter {

	private static final Pattern DIRECTIVE = Pattern.compile("^@(giao|kinh-phi|mo-hinh|chuong-trinh)(?::(.+))?$");
	private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(năm|mốc|ngày|can-chi)(?::([A-Za-z_]+))?(?::(\\d{4}))?}}");
	private static final String[] ROMAN = { "I", "II", "III", "IV" };

	private PlanWriter() {
	}

	public static DocumentText document(PlanContent content, int year) {
		DocumentText text = content.text();
		return new DocumentText(text.type(), text.issuerBodyId(), text.draftingBodyId(), text.issuerLines(),
				text.rightTitle(), text.numbered(), text.place(), text.titleLine(), fill(text.subject(), year),
				text.addressees(), fill(text.legalBases(), year), fill(body(content), year), text.recipientsHeading(),
				text.recipients(), text.signatureCapacity(), text.signaturePosition(), text.signatureNote(), text.signer());
	}

	/** The body with every "@…" line replaced by the part it names. */
	static String body(PlanContent content) {
		List<String> lines = new ArrayList<>();
		String body = content.text().body() == null ? "" : content.text().body();
		for (String line : body.split("\\R")) {
			Matcher directive = DIRECTIVE.matcher(line.strip());
			if (!directive.matches()) {
				lines.add(line);
				continue;
			}
			String key = directive.group(2);
			switch (directive.group(1)) {
				case "giao" -> lines.addAll(assignment(content, key));
				case "kinh-phi" -> lines.add(budgetLine(content, key));
				case "mo-hinh" -> content.sites().stream().filter(site -> site.kind().equals(key))
					.forEach(site -> lines.add(site.line()));
				default -> lines.addAll(programme(content.items(), content.monthHeadings()));
			}
		}
		return String.join("\n", lines);
	}

	private static List<String> assignment(PlanContent content, String key) {
		Assignment assignment = content.assignments().stream().filter(a -> a.key().equals(key)).findFirst()
			.orElseThrow(() -> new InvalidInput("body", "plan.error.noSuchPart", "@giao:" + key));
		List<String> lines = new ArrayList<>();
		List<String> duties = assignment.duties();
		if (assignment.level() == 0) {
			lines.add(assignment.heading() + (duties.isEmpty() ? "" : " " + duties.get(0)));
			lines.addAll(duties.subList(Math.min(1, duties.size()), duties.size()));
		}
		else {
			lines.add("#".repeat(assignment.level()) + " " + assignment.heading());
			lines.addAll(duties);
		}
		return lines;
	}

	static String budgetLine(PlanContent content, String key) {
		BudgetLine line = content.budget().stream().filter(b -> b.key().equals(key)).findFirst()
			.orElseThrow(() -> new InvalidInput("body", "plan.error.noSuchPart", "@kinh-phi:" + key));
		return line.lead() + Formats.number(line.unitAmount()) + "đ/" + line.per() + " x " + line.count() + " "
				+ line.countNoun() + " = " + AmountInWords.written(line.total()) + (line.end() == null ? "" : line.end());
	}

	/** "1. Quý I." and "1.1. Tháng 1." headings with the items of each month; monthly items in every month. */
	private static List<String> programme(List<ProgrammeItem> items, Map<Integer, String> headings) {
		List<String> lines = new ArrayList<>();
		for (int quarter = 1; quarter <= 4; quarter++) {
			lines.add("## " + quarter + ". Quý " + ROMAN[quarter - 1] + ".");
			for (int i = 1; i <= 3; i++) {
				int month = (quarter - 1) * 3 + i;
				lines.add("### " + headings.getOrDefault(month, quarter + "." + i + ". Tháng " + month + "."));
				items.stream().filter(item -> item.everyMonth() || item.month() == month)
					.forEach(item -> lines.add(item.text()));
			}
		}
		return lines;
	}

	/** The placeholders of a text filled in for {@code year}. */
	public static String fill(String text, int year) {
		if (text == null) {
			return null;
		}
		Matcher placeholder = PLACEHOLDER.matcher(text);
		StringBuilder filled = new StringBuilder();
		while (placeholder.find()) {
			int at = placeholder.group(3) == null ? year : Integer.parseInt(placeholder.group(3));
			String value = switch (placeholder.group(1)) {
				case "can-chi" -> new LunarDate(1, 6, at, false).yearName();
				case "năm" -> String.valueOf(day(placeholder.group(2)).years(at));
				case "ngày" -> day(placeholder.group(2)).written(at);
				default -> day(placeholder.group(2)).span(at);
			};
			placeholder.appendReplacement(filled, Matcher.quoteReplacement(value));
		}
		placeholder.appendTail(filled);
		return filled.toString();
	}

	private static NationalDays day(String code) {
		return NationalDays.byCode(code == null ? "" : code)
			.orElseThrow(() -> new InvalidInput("body", "plan.error.noSuchNationalDay", String.valueOf(code)));
	}

	/**
	 * The solar day of a one-off item in the programme's {@code year}, when it has one. A lunar day is
	 * taken in the lunar year that puts it in the item's month: 23/12 âm lịch in January of a 2021
	 * programme is the 23rd of the twelfth month of lunar 2020, not of 2021 (which falls in 2022). A
	 * lunar day that falls in no month near the item's in that year has no day there.
	 */
	public static java.util.Optional<java.time.LocalDate> dayOf(ProgrammeItem item, int year) {
		if (item.everyMonth()) {
			return java.util.Optional.empty();
		}
		if (item.lunarDay() != null && item.lunarMonth() != null) {
			java.util.Optional<java.time.LocalDate> best = java.util.Optional.empty();
			for (int lunarYear : new int[] { year, year - 1 }) {
				java.util.Optional<java.time.LocalDate> day = LunarCalendar
					.toSolar(new LunarDate(item.lunarDay(), item.lunarMonth(), lunarYear, false));
				if (day.isPresent() && day.get().getYear() == year && day.get().getMonthValue() == item.month()) {
					return day;
				}
				// Written a month off (Tết in "February" of 1985, which fell on 21 January): still that day.
				if (best.isEmpty() && day.isPresent() && day.get().getYear() == year
						&& Math.abs(day.get().getMonthValue() - item.month()) <= 1) {
					best = day;
				}
			}
			return best;
		}
		if (item.day() != null) {
			return java.util.Optional.of(java.time.LocalDate.of(year, item.month(), item.day()));
		}
		return java.util.Optional.empty();
	}

	/**
	 * Every day an item falls on in {@code year}: its one day, or for a monthly item with a day the
	 * same day of each month (the last day of a shorter month) or the same lunar day of each lunar month.
	 */
	public static java.util.List<java.time.LocalDate> daysOf(ProgrammeItem item, int year) {
		if (!item.everyMonth()) {
			return dayOf(item, year).stream().toList();
		}
		java.util.List<java.time.LocalDate> days = new java.util.ArrayList<>();
		for (int month = 1; month <= 12; month++) {
			if (item.lunarDay() != null) {
				LunarCalendar.toSolar(new LunarDate(Math.min(item.lunarDay(), 29), month, year, false))
					.ifPresent(days::add);
			}
			else if (item.day() != null) {
				java.time.YearMonth ym = java.time.YearMonth.of(year, month);
				days.add(ym.atDay(Math.min(item.day(), ym.lengthOfMonth())));
			}
		}
		return days;
	}
}
