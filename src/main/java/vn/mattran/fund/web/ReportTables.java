package vn.mattran.fund.web;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.mattran.fund.internal.Drives;
import vn.mattran.fund.internal.FundBook;
import vn.mattran.fund.internal.FundReports;
import vn.mattran.shared.format.Formats;
import vn.mattran.shared.money.AmountInWords;
import vn.mattran.shared.web.Messages;

/** The fund book and the fund's report as tables in the reader's language, for the page and the files alike. */
@Component
class ReportTables {

	private final Messages messages;
	private final FundText fundText;

	ReportTables(Messages messages, FundText fundText) {
		this.messages = messages;
		this.fundText = fundText;
	}

	String bookTitle(FundBook.Book book) {
		return messages.get("fund.report.book.title", book.fund().name());
	}

	String period(java.time.LocalDate from, java.time.LocalDate to) {
		return messages.get("fund.report.period", Formats.date(from), Formats.date(to));
	}

	List<ReportTable> book(FundBook.Book book) {
		List<List<Object>> rows = new ArrayList<>();
		rows.add(List.of(Formats.date(book.from()), "", "", "", messages.get("fund.report.book.opening"), "", "",
				ReportTable.money(book.opening())));
		for (FundBook.Line line : book.lines()) {
			rows.add(List.of(Formats.date(line.date()), "#" + line.seq(), line.document() == null ? "" : line.document(),
					line.anonymous() ? messages.get("fund.report.anonymous") : line.party() == null ? "" : line.party(),
					line.memo(), line.in() == 0 ? "" : ReportTable.money(line.in()),
					line.out() == 0 ? "" : ReportTable.money(line.out()), ReportTable.money(line.balance())));
		}
		rows.add(List.of(Formats.date(book.to()), "", "", "", messages.get("fund.report.book.closing"),
				ReportTable.money(book.totalIn()), ReportTable.money(book.totalOut()), ReportTable.money(book.closing())));
		return List.of(new ReportTable(messages.get("fund.report.book.money." + book.money().name()),
				List.of(messages.get("fund.report.col.date"), messages.get("fund.report.col.entry"),
						messages.get("fund.report.col.document"), messages.get("fund.report.col.party"),
						messages.get("fund.report.col.memo"),
						messages.get("fund.report.col.in"), messages.get("fund.report.col.out"),
						messages.get("fund.report.col.balance")),
				rows, true));
	}

	/** "Tồn cuối kỳ: 94.350.000 đ (Chín mươi tư triệu ba trăm năm mươi nghìn đồng chẵn)". */
	String closing(FundBook.Book book) {
		return messages.get("fund.report.book.closingWords", Formats.money(book.closing()),
				AmountInWords.dong(book.closing()));
	}

	String reportTitle(FundReports.Report report) {
		return messages.get("fund.report.title", report.fund().name());
	}

	List<ReportTable> report(FundReports.Report report) {
		List<ReportTable> tables = new ArrayList<>();
		tables.add(totals("fund.report.byDrive", "fund.report.col.drive", report.byDrive(), "drive", report.collected()));
		tables.add(totals("fund.report.byDonorKind", "fund.report.col.donorKind", report.byDonorKind(), "fund.donorKind.",
				report.collected()));
		tables.add(totals("fund.report.byChannel", "fund.report.col.channel", report.byChannel(), "fund.channel.",
				report.collected()));
		for (FundReports.DriveProgress progress : report.progress()) {
			tables.add(progress(progress));
		}
		tables.add(totals("fund.report.paidByKind", "fund.report.col.supportKind", report.paidByKind(), "supportKind.",
				report.paid()));
		tables.add(totals("fund.report.paidByArea", "fund.report.col.area", report.paidByArea(), null, report.paid()));
		return tables;
	}

	private ReportTable totals(String title, String column, List<FundReports.Total> totals, String labels, long sum) {
		List<List<Object>> rows = new ArrayList<>();
		long count = 0;
		for (FundReports.Total total : totals) {
			rows.add(List.of(label(total, labels), ReportTable.count(total.count()), ReportTable.money(total.amount())));
			count += total.count();
		}
		rows.add(List.of(messages.get("fund.report.total"), ReportTable.count(count), ReportTable.money(sum)));
		return new ReportTable(messages.get(title), List.of(messages.get(column), messages.get("fund.report.col.count"),
				messages.get("fund.report.col.amount")), rows, true);
	}

	private String label(FundReports.Total total, String labels) {
		if ("drive".equals(labels)) {
			return total.key().isEmpty() ? messages.get("fund.report.noDrive") : total.label();
		}
		return labels == null ? total.label() : messages.get(labels + total.key());
	}

	private ReportTable progress(FundReports.DriveProgress progress) {
		List<List<Object>> rows = new ArrayList<>();
		for (Drives.Progress p : progress.targets()) {
			rows.add(List.of(p.unit() == null ? "" : p.unit().name(), ReportTable.money(p.target()),
					ReportTable.money(p.collected()), ReportTable.count(p.donations()), p.percent() + " %"));
		}
		return new ReportTable(messages.get("fund.report.progress", progress.drive().title()),
				List.of(messages.get("fund.report.col.unit"), messages.get("fund.report.col.target"),
						messages.get("fund.report.col.collected"), messages.get("fund.report.col.count"),
						messages.get("fund.report.col.percent")),
				rows, false);
	}
}
