package vn.mattran.fund.web;

import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.mattran.fund.internal.FundBook;
import vn.mattran.fund.internal.FundReports;

/** The fund book and the fund's report: a page, or with {@code format=xlsx|pdf} the same tables as a file. */
@Controller
class FundReportController {

	private static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final FundBook books;
	private final FundReports reports;
	private final ReportTables tables;

	FundReportController(FundBook books, FundReports reports, ReportTables tables) {
		this.books = books;
		this.reports = reports;
		this.tables = tables;
	}

	@GetMapping("/funds/{id}/book")
	Object book(@PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) FundBook.Money money, @RequestParam(required = false) String format,
			Model model) {
		FundBook.Book book = books.of(id, from, to, money);
		List<ReportTable> content = tables.book(book);
		String title = tables.bookTitle(book);
		String period = tables.period(book.from(), book.to());
		if (format != null) {
			return file(format, "so-quy-" + id + "-" + book.from() + "-" + book.to(), title, period, content,
					tables.closing(book));
		}
		model.addAttribute("fund", book.fund());
		model.addAttribute("book", book);
		model.addAttribute("heading", title);
		model.addAttribute("period", period);
		model.addAttribute("tables", content);
		model.addAttribute("closing", tables.closing(book));
		model.addAttribute("moneys", FundBook.Money.values());
		return "fund/book";
	}

	@GetMapping("/funds/{id}/reports")
	Object report(@PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String format, Model model) {
		FundReports.Report report = reports.of(id, from, to);
		List<ReportTable> content = tables.report(report);
		String title = tables.reportTitle(report);
		String period = tables.period(report.from(), report.to());
		if (format != null) {
			return file(format, "bao-cao-quy-" + id + "-" + report.from() + "-" + report.to(), title, period, content,
					null);
		}
		model.addAttribute("fund", report.fund());
		model.addAttribute("report", report);
		model.addAttribute("heading", title);
		model.addAttribute("period", period);
		model.addAttribute("tables", content);
		return "fund/reports";
	}

	private static ResponseEntity<byte[]> file(String format, String name, String title, String period,
			List<ReportTable> content, String closing) {
		boolean pdf = format.equalsIgnoreCase("pdf");
		if (!pdf && !format.equalsIgnoreCase("xlsx")) {
			throw new vn.mattran.shared.error.InvalidInput("format", "fund.report.error.format", format);
		}
		byte[] bytes = pdf ? ReportFiles.pdf(title, period, content, closing) : ReportFiles.xlsx(title, period, content);
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(name + (pdf ? ".pdf" : ".xlsx")).build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.contentType(pdf ? MediaType.APPLICATION_PDF : XLSX)
			.body(bytes);
	}
}
