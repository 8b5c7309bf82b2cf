package vn.mattran.fund.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.mattran.fund.Channel;
import vn.mattran.fund.Disbursement;
import vn.mattran.fund.DisbursementDraft;
import vn.mattran.fund.Donation;
import vn.mattran.fund.DonationDraft;
import vn.mattran.fund.DonorKind;
import vn.mattran.fund.Drive;
import vn.mattran.fund.Fund;
import vn.mattran.fund.FundKind;
import vn.mattran.fund.LedgerCheck;
import vn.mattran.fund.Transfer;
import vn.mattran.fund.internal.Disbursements;
import vn.mattran.fund.internal.DonationFilter;
import vn.mattran.fund.internal.Donations;
import vn.mattran.fund.internal.Drives;
import vn.mattran.fund.internal.Funds;
import vn.mattran.fund.internal.Transfers;
import vn.mattran.households.SupportKind;
import vn.mattran.shared.web.PageOf;
import vn.mattran.shared.web.PageRequest;

/** Funds in the caller's scope: balances, drives, donations with receipts, disbursements, transfers, the ledger check. */
@RestController
@Tag(name = "Quỹ / Funds")
class FundsApi {

	private final Funds funds;
	private final Drives drives;
	private final Donations donations;
	private final Disbursements disbursements;
	private final Transfers transfers;

	FundsApi(Funds funds, Drives drives, Donations donations, Disbursements disbursements, Transfers transfers) {
		this.funds = funds;
		this.drives = drives;
		this.donations = donations;
		this.disbursements = disbursements;
		this.transfers = transfers;
	}

	record FundJson(long id, String name, FundKind kind, String unitCode, long balance, long cash, long bank, long goods,
			long inTransit, LocalDate closedThrough) {

		static FundJson of(Fund f) {
			return new FundJson(f.id(), f.name(), f.kind(), f.unitCode(), f.balance(), f.cash(), f.bank(), f.goods(),
					f.inTransit(), f.closedThrough());
		}
	}

	record DriveJson(long id, String title, LocalDate startsOn, LocalDate endsOn, Long planId, Set<Channel> channels,
			String norm, int dayWageDivisor, long collected, long donations, long target) {

		static DriveJson of(Drive d) {
			return new DriveJson(d.id(), d.title(), d.startsOn(), d.endsOn(), d.planId(), d.channels(), d.norm(),
					d.dayWageDivisor(), d.collected(), d.donations(), d.target());
		}
	}

	/** A donation as posted: amount as a number or as typed ("50.000.000"); a donor by id or by kind and name. */
	record DonationBody(Long driveId, Long donorId, DonorKind donorKind, String donorName, String donorAddress,
			String donorPhone, String amount, LocalDate receivedOn, Channel channel, Long unitId, String inKind,
			String note, Long pledgeId) {
	}

	record DonationJson(long id, String receiptNumber, long amount, LocalDate receivedOn, Channel channel, Long driveId,
			String donor, DonorKind donorKind, long unitId, boolean voided, String voidReason) {

		static DonationJson of(Donation d) {
			return new DonationJson(d.id(), d.receiptNumber(), d.amount(), d.receivedOn(), d.channel(), d.driveId(),
					d.donor().publicName(), d.donor().kind(), d.unitId(), d.voided(), d.voidReason());
		}
	}

	record DisbursementBody(Long householdId, Long projectId, String recipient, Long unitId, SupportKind kind,
			String amount, Channel channel, String reason, Long driveId) {
	}

	record ReasonBody(String reason) {
	}

	record TransferBody(Long toFundId, String amount, LocalDate sentOn, String purpose, Long driveId) {
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

	@GetMapping("/api/v1/funds/{id}/drives")
	@Operation(summary = "Các đợt vận động của quỹ / The fund's drives with collected and target")
	List<DriveJson> drives(@PathVariable long id) {
		return drives.list(id).stream().map(DriveJson::of).toList();
	}

	@GetMapping("/api/v1/funds/{id}/donations")
	ResponseEntity<List<DonationJson>> donations(@PathVariable long id, @RequestParam(required = false) Long drive,
			@RequestParam(required = false) String q, @RequestParam(required = false) Channel channel,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String sort, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		PageOf<Donation> found = donations.search(id, new DonationFilter(drive, q, channel, from, to, null, sort),
				PageRequest.of(page, size));
		return ResponseEntity.ok().header("X-Total-Count", String.valueOf(found.total()))
			.body(found.items().stream().map(DonationJson::of).toList());
	}

	@PostMapping("/api/v1/funds/{id}/donations")
	@Operation(summary = "Ghi một khoản ủng hộ; trả số biên lai / Record a donation; 201 with the receipt number, 422 for bad input")
	ResponseEntity<DonationJson> donate(@PathVariable long id, @RequestBody DonationBody body) {
		Donation donation = donations.record(id, new DonationDraft(body.driveId(), body.donorId(), body.donorKind(),
				body.donorName(), body.donorAddress(), body.donorPhone(), Amounts.of(body.amount()), body.receivedOn(),
				body.channel(), body.unitId(), body.inKind(), body.note(), body.pledgeId(), null));
		return ResponseEntity.created(URI.create("/api/v1/donations/" + donation.id())).body(DonationJson.of(donation));
	}

	@GetMapping("/api/v1/donations/{id}")
	DonationJson donation(@PathVariable long id) {
		return DonationJson.of(donations.get(id));
	}

	@PostMapping("/api/v1/donations/{id}/void")
	@Operation(summary = "Hủy biên lai (giữ lại, đảo bút toán) / Void a receipt: it stays, its entry is reversed")
	DonationJson voidReceipt(@PathVariable long id, @RequestBody ReasonBody body) {
		return DonationJson.of(donations.voidReceipt(id, body.reason()));
	}

	@PostMapping("/api/v1/funds/{id}/disbursements")
	@Operation(summary = "Đề xuất chi hỗ trợ / Propose a support payment; 201, or 409 when the fund does not hold enough")
	ResponseEntity<Disbursement> propose(@PathVariable long id, @RequestBody DisbursementBody body) {
		Disbursement proposed = disbursements.propose(id, new DisbursementDraft(body.householdId(), body.projectId(),
				body.recipient(), body.unitId(), body.kind(), Amounts.of(body.amount()), body.channel(), body.reason(),
				body.driveId()));
		return ResponseEntity.created(URI.create("/api/v1/disbursements/" + proposed.id())).body(proposed);
	}

	@GetMapping("/api/v1/disbursements/{id}")
	Disbursement disbursement(@PathVariable long id) {
		return disbursements.get(id);
	}

	@PostMapping("/api/v1/disbursements/{id}/approve")
	Disbursement approve(@PathVariable long id) {
		return disbursements.approve(id);
	}

	@PostMapping("/api/v1/disbursements/{id}/reject")
	Disbursement reject(@PathVariable long id, @RequestBody ReasonBody body) {
		return disbursements.reject(id, body.reason());
	}

	@PostMapping("/api/v1/disbursements/{id}/pay")
	Disbursement pay(@PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate paidOn) {
		return disbursements.pay(id, paidOn);
	}

	@GetMapping("/api/v1/funds/{id}/transfers")
	List<Transfer> transfers(@PathVariable long id) {
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
	Transfer confirm(@PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate receivedOn) {
		return transfers.confirm(id, receivedOn);
	}

	@GetMapping("/api/v1/funds/{id}/ledger/verify")
	@Operation(summary = "Kiểm tra chuỗi băm của sổ cái / Recompute the ledger's hash chain: {ok, entries, firstBadEntry}")
	CheckJson verify(@PathVariable long id) {
		return CheckJson.of(funds.verify(id));
	}
}
