package vn.mattran.fund.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.mattran.fund.internal.FundBook;
import vn.mattran.fund.internal.FundReports;

/** The fund book of a period and the fund's report, as JSON. */
@RestController
@Tag(name = "Quỹ / Funds")
class FundBookApi {

	private final FundBook books;
	private final FundReports reports;

	FundBookApi(FundBook books, FundReports reports) {
		this.books = books;
		this.reports = reports;
	}

	record BookJson(long fundId, LocalDate from, LocalDate to, FundBook.Money account, long opening,
			List<FundBook.Line> lines, long totalIn, long totalOut, long closing) {
	}

	@GetMapping("/api/v1/funds/{id}/book")
	@Operation(summary = "Sổ quỹ: tồn đầu kỳ, từng khoản thu chi, tồn cuối kỳ / The fund book: opening, each receipt and payment, closing")
	BookJson book(@PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) FundBook.Money account) {
		FundBook.Book book = books.of(id, from, to, account);
		return new BookJson(id, book.from(), book.to(), book.money(), book.opening(), book.lines(), book.totalIn(),
				book.totalOut(), book.closing());
	}

	@GetMapping("/api/v1/funds/{id}/report")
	@Operation(summary = "Tổng hợp theo đợt, loại nhà hảo tâm, hình thức; tiến độ chỉ tiêu; chi theo loại và địa bàn / Totals, progress, support paid")
	FundReports.Report report(@PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		return reports.of(id, from, to);
	}
}
