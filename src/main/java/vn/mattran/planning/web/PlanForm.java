package vn.mattran.planning.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.format.annotation.DateTimeFormat;
import vn.mattran.documents.DocumentText;
import vn.mattran.documents.RightTitle;
import vn.mattran.planning.Plan;
import vn.mattran.planning.PlanContent;
import vn.mattran.planning.PlanContent.Assignment;
import vn.mattran.planning.PlanContent.BudgetLine;
import vn.mattran.planning.PlanContent.Figure;
import vn.mattran.planning.PlanContent.ItemKind;
import vn.mattran.planning.PlanContent.ProgrammeItem;
import vn.mattran.planning.PlanDraft;
import vn.mattran.planning.PlanKind;
import vn.mattran.shared.text.VietnameseText;

/**
 * The plan form: the document's fields, and rows for assignments, figures, budget lines and
 * programme items (empty rows are left out). A part the body does not place with its "@…" line
 * is put at the end of the body, so nobody has to learn the notation to write a plan.
 */
public class PlanForm {

	private PlanKind kind = PlanKind.PLAN;
	private Long issuerBodyId;
	private Long draftingBodyId;
	private Integer year;
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate startsOn;
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate endsOn;
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate reportDueOn;
	private Long parentPlanId;
	private Long campaignId;
	private String issuerLines;
	private RightTitle rightTitle = RightTitle.FRONT;
	private String place;
	private String titleLine;
	private String subject;
	private String addressees;
	private String legalBases;
	private String body;
	private String recipients;
	private String signatureCapacity;
	private String signaturePosition;
	private String signer;
	private List<AssignmentRow> assignments = new ArrayList<>();
	private List<FigureRow> figures = new ArrayList<>();
	private List<BudgetRow> budget = new ArrayList<>();
	private List<ItemRow> items = new ArrayList<>();
	/** What the form does not edit but the plan keeps: model sites, month headings. */
	private PlanContent kept;

	public static PlanForm of(Plan plan) {
		PlanForm form = new PlanForm();
		PlanContent content = plan.content();
		DocumentText t = content.text();
		form.kind = plan.kind();
		form.issuerBodyId = plan.issuerBodyId();
		form.draftingBodyId = plan.draftingBodyId();
		form.year = plan.year();
		form.startsOn = plan.startsOn();
		form.endsOn = plan.endsOn();
		form.reportDueOn = plan.reportDueOn();
		form.parentPlanId = plan.parentPlanId();
		form.campaignId = plan.campaignId();
		form.issuerLines = t.issuerLines();
		form.rightTitle = t.rightTitle();
		form.place = t.place();
		form.titleLine = t.titleLine();
		form.subject = t.subject();
		form.addressees = t.addressees();
		form.legalBases = t.legalBases();
		form.body = t.body();
		form.recipients = t.recipients();
		form.signatureCapacity = t.signatureCapacity();
		form.signaturePosition = t.signaturePosition();
		form.signer = t.signer();
		content.assignments().forEach(a -> form.assignments.add(new AssignmentRow(a)));
		content.figures().forEach(f -> form.figures.add(new FigureRow(f)));
		content.budget().forEach(b -> form.budget.add(new BudgetRow(b)));
		content.items().forEach(i -> form.items.add(new ItemRow(i)));
		form.kept = content;
		return form;
	}

	/** A blank form of a kind, its title line and the usual closing filled in. */
	public static PlanForm blank(PlanKind kind, long issuerBodyId, int year) {
		PlanForm form = new PlanForm();
		form.kind = kind;
		form.issuerBodyId = issuerBodyId;
		form.year = year;
		form.titleLine = switch (kind) {
			case PROGRAMME -> "CHƯƠNG TRÌNH";
			case PLAN -> "KẾ HOẠCH";
			case DISPATCH -> null;
		};
		form.recipients = "- Lưu: VT.";
		if (kind == PlanKind.PROGRAMME) {
			form.subject = "CÔNG TÁC NĂM " + year;
		}
		return form;
	}

	/** Room for one more row of each part, for the browser to fill. */
	public PlanForm withEmptyRows() {
		assignments.add(new AssignmentRow());
		figures.add(new FigureRow());
		budget.add(new BudgetRow());
		items.add(new ItemRow());
		return this;
	}

	public PlanDraft draft() {
		List<Assignment> parts = new ArrayList<>();
		Set<String> keys = new LinkedHashSet<>();
		for (AssignmentRow row : assignments) {
			if (row.isEmpty()) {
				continue;
			}
			String key = row.key == null || row.key.isBlank() ? keyOf(row.heading, keys) : row.key.strip();
			keys.add(key);
			parts.add(new Assignment(key, row.heading == null ? "" : row.heading.strip(), row.level, lines(row.duties),
					row.assigneeBodyIds == null ? List.of() : List.copyOf(new LinkedHashSet<>(row.assigneeBodyIds)),
					row.dueOn));
		}
		List<Figure> figureList = new ArrayList<>();
		Set<String> codes = new LinkedHashSet<>();
		for (FigureRow row : figures) {
			if (row.label == null || row.label.isBlank()) {
				continue;
			}
			String code = row.code == null || row.code.isBlank() ? codeOf(row.label, codes) : row.code.strip();
			codes.add(code);
			figureList.add(new Figure(code, row.label.strip(), row.unit == null ? "" : row.unit.strip()));
		}
		List<BudgetLine> lines = new ArrayList<>();
		for (BudgetRow row : budget) {
			if (row.unitAmount == null && (row.lead == null || row.lead.isBlank())) {
				continue;
			}
			lines.add(new BudgetLine(row.key == null || row.key.isBlank() ? "kinh-phi-" + (lines.size() + 1) : row.key,
					row.lead == null ? "" : row.lead, row.unitAmount == null ? 0 : row.unitAmount,
					row.per == null ? "" : row.per, row.count == null ? 0 : row.count, row.countNoun == null ? ""
							: row.countNoun, row.end == null ? "." : row.end));
		}
		List<ProgrammeItem> programme = new ArrayList<>();
		for (ItemRow row : items) {
			if (row.text == null || row.text.isBlank()) {
				continue;
			}
			programme.add(new ProgrammeItem(row.month == null ? 1 : row.month, row.kind == null ? ItemKind.OTHER : row.kind,
					row.text.strip(), row.day, row.lunarDay, row.lunarMonth, row.everyMonth));
		}
		String written = placed(body, parts, lines, programme);
		DocumentText before = kept == null ? null : kept.text();
		DocumentText text = new DocumentText(kind == null ? null : kind.documentType(), issuerBodyId, draftingBodyId,
				issuerLines, rightTitle, before == null || before.numbered() == null || before.numbered(), place, titleLine,
				subject, addressees, legalBases, written, before == null || before.recipientsHeading() == null ? "Nơi nhận:"
						: before.recipientsHeading(), recipients, signatureCapacity, signaturePosition,
				before == null ? null : before.signatureNote(), signer);
		PlanContent content = new PlanContent(text, parts, lines, kept == null ? List.of() : kept.sites(), figureList,
				programme, kept == null ? Map.of() : kept.monthHeadings());
		return new PlanDraft(kind, issuerBodyId, draftingBodyId, year, startsOn, endsOn, reportDueOn, parentPlanId,
				campaignId, content);
	}

	/** The body, with each part it does not place yet put at its end. */
	static String placed(String body, List<Assignment> parts, List<BudgetLine> lines, List<ProgrammeItem> programme) {
		Set<String> named = new LinkedHashSet<>();
		parts.forEach(part -> named.add("@giao:" + part.key()));
		lines.forEach(line -> named.add("@kinh-phi:" + line.key()));
		if (!programme.isEmpty()) {
			named.add("@chuong-trinh");
		}
		// A part taken out of the form takes its place in the text with it.
		List<String> out = new ArrayList<>(List.of((body == null ? "" : body).split("\\R", -1))).stream()
			.filter(line -> !line.strip().matches("@(giao:.+|kinh-phi:.+|chuong-trinh)") || named.contains(line.strip()))
			.collect(java.util.stream.Collectors.toCollection(ArrayList::new));
		if (out.size() == 1 && out.get(0).isBlank()) {
			out.clear();
		}
		Set<String> present = new LinkedHashSet<>(out.stream().map(String::strip).toList());
		if (!programme.isEmpty() && !present.contains("@chuong-trinh")) {
			out.add("@chuong-trinh");
		}
		for (BudgetLine line : lines) {
			if (!present.contains("@kinh-phi:" + line.key())) {
				out.add("@kinh-phi:" + line.key());
			}
		}
		for (Assignment part : parts) {
			if (!present.contains("@giao:" + part.key())) {
				out.add("@giao:" + part.key());
			}
		}
		return String.join("\n", out);
	}

	private static String keyOf(String heading, Set<String> taken) {
		String folded = VietnameseText.fold(heading == null ? "" : heading).replaceAll("[^a-z0-9]+", "-")
			.replaceAll("^-|-$", "");
		String base = folded.isEmpty() ? "giao" : folded.length() > 40 ? folded.substring(0, 40).replaceAll("-$", "") : folded;
		String key = base;
		for (int n = 2; taken.contains(key); n++) {
			key = base + "-" + n;
		}
		return key;
	}

	private static String codeOf(String label, Set<String> taken) {
		String folded = VietnameseText.fold(label).replaceAll("[^a-z0-9]+", "_").replaceAll("^_|_$", "");
		String base = folded.isEmpty() || !Character.isLetter(folded.charAt(0)) ? "so_lieu" : folded.length() > 30
				? folded.substring(0, 30).replaceAll("_$", "") : folded;
		String code = base;
		for (int n = 2; taken.contains(code); n++) {
			code = base + "_" + n;
		}
		return code;
	}

	private static List<String> lines(String text) {
		return text == null ? List.of() : text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
	}

	/** The month of each programme item, for the form's select. */
	public Map<Integer, String> months() {
		Map<Integer, String> months = new TreeMap<>();
		for (int m = 1; m <= 12; m++) {
			months.put(m, String.valueOf(m));
		}
		return months;
	}

	/** One assignment: heading, duties one a line, the bodies that carry it out, and its deadline. */
	public static class AssignmentRow {

		private String key;
		private String heading;
		private int level = 2;
		private String duties;
		private List<Long> assigneeBodyIds = new ArrayList<>();
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private LocalDate dueOn;

		public AssignmentRow() {
		}

		AssignmentRow(Assignment a) {
			key = a.key();
			heading = a.heading();
			level = a.level();
			duties = String.join("\n", a.duties());
			assigneeBodyIds = new ArrayList<>(a.assigneeBodyIds());
			dueOn = a.dueOn();
		}

		boolean isEmpty() {
			return (heading == null || heading.isBlank()) && (duties == null || duties.isBlank())
					&& (assigneeBodyIds == null || assigneeBodyIds.isEmpty());
		}

		public String getKey() { return key; }
		public void setKey(String key) { this.key = key; }
		public String getHeading() { return heading; }
		public void setHeading(String heading) { this.heading = heading; }
		public int getLevel() { return level; }
		public void setLevel(int level) { this.level = level; }
		public String getDuties() { return duties; }
		public void setDuties(String duties) { this.duties = duties; }
		public List<Long> getAssigneeBodyIds() { return assigneeBodyIds; }
		public void setAssigneeBodyIds(List<Long> assigneeBodyIds) { this.assigneeBodyIds = assigneeBodyIds; }
		public LocalDate getDueOn() { return dueOn; }
		public void setDueOn(LocalDate dueOn) { this.dueOn = dueOn; }
	}

	/** A figure reports must give: its label and unit (the code is made from the label when left out). */
	public static class FigureRow {

		private String code;
		private String label;
		private String unit;

		public FigureRow() {
		}

		FigureRow(Figure f) {
			code = f.code();
			label = f.label();
			unit = f.unit();
		}

		public String getCode() { return code; }
		public void setCode(String code) { this.code = code; }
		public String getLabel() { return label; }
		public void setLabel(String label) { this.label = label; }
		public String getUnit() { return unit; }
		public void setUnit(String unit) { this.unit = unit; }
	}

	/** A budget line: unit amount × count, the words before and after. */
	public static class BudgetRow {

		private String key;
		private String lead;
		private Long unitAmount;
		private String per;
		private Integer count;
		private String countNoun;
		private String end;

		public BudgetRow() {
		}

		BudgetRow(BudgetLine b) {
			key = b.key();
			lead = b.lead();
			unitAmount = b.unitAmount();
			per = b.per();
			count = b.count();
			countNoun = b.countNoun();
			end = b.end();
		}

		public String getKey() { return key; }
		public void setKey(String key) { this.key = key; }
		public String getLead() { return lead; }
		public void setLead(String lead) { this.lead = lead; }
		public Long getUnitAmount() { return unitAmount; }
		public void setUnitAmount(Long unitAmount) { this.unitAmount = unitAmount; }
		public String getPer() { return per; }
		public void setPer(String per) { this.per = per; }
		public Integer getCount() { return count; }
		public void setCount(Integer count) { this.count = count; }
		public String getCountNoun() { return countNoun; }
		public void setCountNoun(String countNoun) { this.countNoun = countNoun; }
		public String getEnd() { return end; }
		public void setEnd(String end) { this.end = end; }
	}

	/** A programme item: month, kind, text, and a solar or lunar day (or every month). */
	public static class ItemRow {

		private Integer month;
		private ItemKind kind = ItemKind.OTHER;
		private String text;
		private Integer day;
		private Integer lunarDay;
		private Integer lunarMonth;
		private boolean everyMonth;

		public ItemRow() {
		}

		ItemRow(ProgrammeItem i) {
			month = i.month();
			kind = i.kind();
			text = i.text();
			day = i.day();
			lunarDay = i.lunarDay();
			lunarMonth = i.lunarMonth();
			everyMonth = i.everyMonth();
		}

		public Integer getMonth() { return month; }
		public void setMonth(Integer month) { this.month = month; }
		public ItemKind getKind() { return kind; }
		public void setKind(ItemKind kind) { this.kind = kind; }
		public String getText() { return text; }
		public void setText(String text) { this.text = text; }
		public Integer getDay() { return day; }
		public void setDay(Integer day) { this.day = day; }
		public Integer getLunarDay() { return lunarDay; }
		public void setLunarDay(Integer lunarDay) { this.lunarDay = lunarDay; }
		public Integer getLunarMonth() { return lunarMonth; }
		public void setLunarMonth(Integer lunarMonth) { this.lunarMonth = lunarMonth; }
		public boolean isEveryMonth() { return everyMonth; }
		public void setEveryMonth(boolean everyMonth) { this.everyMonth = everyMonth; }
	}

	public PlanKind getKind() { return kind; }
	public void setKind(PlanKind kind) { this.kind = kind; }
	public Long getIssuerBodyId() { return issuerBodyId; }
	public void setIssuerBodyId(Long issuerBodyId) { this.issuerBodyId = issuerBodyId; }
	public Long getDraftingBodyId() { return draftingBodyId; }
	public void setDraftingBodyId(Long draftingBodyId) { this.draftingBodyId = draftingBodyId; }
	public Integer getYear() { return year; }
	public void setYear(Integer year) { this.year = year; }
	public LocalDate getStartsOn() { return startsOn; }
	public void setStartsOn(LocalDate startsOn) { this.startsOn = startsOn; }
	public LocalDate getEndsOn() { return endsOn; }
	public void setEndsOn(LocalDate endsOn) { this.endsOn = endsOn; }
	public LocalDate getReportDueOn() { return reportDueOn; }
	public void setReportDueOn(LocalDate reportDueOn) { this.reportDueOn = reportDueOn; }
	public Long getParentPlanId() { return parentPlanId; }
	public void setParentPlanId(Long parentPlanId) { this.parentPlanId = parentPlanId; }
	public Long getCampaignId() { return campaignId; }
	public void setCampaignId(Long campaignId) { this.campaignId = campaignId; }
	public String getIssuerLines() { return issuerLines; }
	public void setIssuerLines(String issuerLines) { this.issuerLines = issuerLines; }
	public RightTitle getRightTitle() { return rightTitle; }
	public void setRightTitle(RightTitle rightTitle) { this.rightTitle = rightTitle; }
	public String getPlace() { return place; }
	public void setPlace(String place) { this.place = place; }
	public String getTitleLine() { return titleLine; }
	public void setTitleLine(String titleLine) { this.titleLine = titleLine; }
	public String getSubject() { return subject; }
	public void setSubject(String subject) { this.subject = subject; }
	public String getAddressees() { return addressees; }
	public void setAddressees(String addressees) { this.addressees = addressees; }
	public String getLegalBases() { return legalBases; }
	public void setLegalBases(String legalBases) { this.legalBases = legalBases; }
	public String getBody() { return body; }
	public void setBody(String body) { this.body = body; }
	public String getRecipients() { return recipients; }
	public void setRecipients(String recipients) { this.recipients = recipients; }
	public String getSignatureCapacity() { return signatureCapacity; }
	public void setSignatureCapacity(String signatureCapacity) { this.signatureCapacity = signatureCapacity; }
	public String getSignaturePosition() { return signaturePosition; }
	public void setSignaturePosition(String signaturePosition) { this.signaturePosition = signaturePosition; }
	public String getSigner() { return signer; }
	public void setSigner(String signer) { this.signer = signer; }
	public List<AssignmentRow> getAssignments() { return assignments; }
	public void setAssignments(List<AssignmentRow> assignments) { this.assignments = assignments; }
	public List<FigureRow> getFigures() { return figures; }
	public void setFigures(List<FigureRow> figures) { this.figures = figures; }
	public List<BudgetRow> getBudget() { return budget; }
	public void setBudget(List<BudgetRow> budget) { this.budget = budget; }
	public List<ItemRow> getItems() { return items; }
	public void setItems(List<ItemRow> items) { this.items = items; }
	public PlanContent getKept() { return kept; }
	public void setKept(PlanContent kept) { this.kept = kept; }
}
