package vn.mattran.fund.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.mattran.fund.Transfer;
import vn.mattran.fund.internal.Transfers;

/** Money between funds of different units: in transit until the receiver confirms it. */
@RestController
@Tag(name = "Quỹ / Funds")
class TransfersApi {

	private final Transfers transfers;

	TransfersApi(Transfers transfers) {
		this.transfers = transfers;
	}

	record TransferBody(Long toFundId, String amount, LocalDate sentOn, String purpose, Long driveId) {
	}

	@GetMapping("/api/v1/funds/{id}/transfers")
	List<Transfer> list(@PathVariable long id) {
		return transfers.ofFund(id);
	}

	@PostMapping("/api/v1/funds/{id}/transfers")
	@Operation(summary = "Chuyển tiền sang quỹ khác (đang chuyển đến khi bên nhận xác nhận) / Send money to another fund")
	ResponseEntity<Transfer> send(@PathVariable long id, @RequestBody TransferBody body) {
		Transfer sent = transfers.send(id, body.toFundId() == null ? -1 : body.toFundId(), Amounts.of(body.amount()),
				body.sentOn(), body.purpose(), body.driveId());
		return ResponseEntity.status(201).body(sent);
	}

	@PostMapping("/api/v1/transfers/{id}/confirm")
	@Operation(summary = "Bên nhận xác nhận đã nhận / The receiving fund confirms the money arrived: both sides post")
	Transfer confirm(@PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate receivedOn) {
		return transfers.confirm(id, receivedOn);
	}
}
