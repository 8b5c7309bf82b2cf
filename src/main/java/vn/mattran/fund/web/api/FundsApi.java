package vn.mattran.fund.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.mattran.fund.Fund;
import vn.mattran.fund.FundKind;
import vn.mattran.fund.LedgerCheck;
import vn.mattran.fund.internal.Funds;
import vn.mattran.fund.internal.Transfers;

/** Funds in the caller's scope: balances, creation, cash paid into or drawn from the bank, period close, the ledger check. */
@RestController
@Tag(name = "Quỹ / Funds")
class FundsApi {

	private final Funds funds;
	private final Transfers transfers;

	FundsApi(Funds funds, Transfers transfers) {
		this.funds = funds;
		this.transfers = transfers;
	}

	record FundJson(long id, String name, FundKind kind, String unitCode, long balance, long cash, long bank, long goods,
			long inTransit, LocalDate closedThrough) {

		static FundJson of(Fund f) {
			return new FundJson(f.id(), f.name(), f.kind(), f.unitCode(), f.balance(), f.cash(), f.bank(), f.goods(),
					f.inTransit(), f.closedThrough());
		}
	}

	record NewFund(Long unitId, String name, FundKind kind, String bankAccount, String bankName) {
	}

	record CashMove(String amount, LocalDate on, boolean toBank) {
	}

	record CheckJson(boolean ok, long entries, Long firstBadEntry, Long firstBadSeq, String problem) {

		static CheckJson of(LedgerCheck c) {
			return new CheckJson(c.ok(), c.entries(), c.firstBadEntry(), c.firstBadSeq(), c.problem());
		}
	}

	@GetMapping("/api/v1/funds")
	@Operation(summary = "Các quỹ trong phạm vi, kèm số dư / Funds in scope with their balance (cash + bank)")
	List<FundJson> list() {
		return funds.list().stream().map(FundJson::of).toList();
	}

	@GetMapping("/api/v1/funds/{id}")
	FundJson get(@PathVariable long id) {
		return FundJson.of(funds.get(id));
	}

	@PostMapping("/api/v1/funds")
	@Operation(summary = "Lập quỹ của một đơn vị / Create a fund of a unit in scope (unit administrator)")
	ResponseEntity<FundJson> create(@RequestBody NewFund body) {
		Fund fund = funds.create(body.unitId() == null ? -1 : body.unitId(), body.name(), body.kind(), body.bankAccount(),
				body.bankName());
		return ResponseEntity.created(URI.create("/api/v1/funds/" + fund.id())).body(FundJson.of(fund));
	}

	@PostMapping("/api/v1/funds/{id}/cash")
	@Operation(summary = "Nộp tiền mặt vào ngân hàng hoặc rút về / Pay cash into the bank (toBank) or draw it out")
	FundJson moveCash(@PathVariable long id, @RequestBody CashMove body) {
		transfers.moveCash(id, Amounts.of(body.amount()), body.on(), body.toBank());
		return FundJson.of(funds.get(id));
	}

	@PostMapping("/api/v1/funds/{id}/close")
	@Operation(summary = "Khóa sổ một tháng (2024-10) hoặc năm (2024) / Close a month or a year: nothing can be posted into it")
	Map<String, LocalDate> close(@PathVariable long id, @RequestParam String period) {
		return Map.of("closedThrough", funds.closePeriod(id, period));
	}

	@GetMapping("/api/v1/funds/{id}/ledger/verify")
	@Operation(summary = "Kiểm tra chuỗi băm của sổ cái / Recompute the ledger's hash chain: {ok, entries, firstBadEntry}")
	CheckJson verify(@PathVariable long id) {
		return CheckJson.of(funds.verify(id));
	}
}
