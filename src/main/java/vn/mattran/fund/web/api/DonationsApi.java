package vn.mattran.fund.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
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
import vn.mattran.fund.Channel;
import vn.mattran.fund.Donation;
import vn.mattran.fund.DonationDraft;
import vn.mattran.fund.DonorKind;
import vn.mattran.fund.internal.DonationFilter;
import vn.mattran.fund.internal.Donations;
import vn.mattran.fund.internal.Donors;
import vn.mattran.fund.internal.Pledges;
import vn.mattran.shared.web.PageOf;
import vn.mattran.shared.web.PageRequest;

/** Donations with their receipts, voids, pledges, and donors found without diacritics. */
@RestController
@Tag(name = "Quỹ / Funds")
class DonationsApi {

	private final Donations donations;
	private final Donors donors;
	private final Pledges pledges;

	DonationsApi(Donations donations, Donors donors, Pledges pledges) {
		this.donations = donations;
		this.donors = donors;
		this.pledges = pledges;
	}

	/** A donation as posted: amount as a number or as typed ("50.000.000"); a donor by id or by kind and name. */
	record DonationBody(Long driveId, Long donorId, DonorKind donorKind, String donorName, String donorAddress,
			String donorPhone, String amount, LocalDate receivedOn, Channel channel, Long unitId, String inKind,
			String note, Long pledgeId, LocalDate dueOn) {

		DonationDraft draft() {
			return new DonationDraft(driveId, donorId, donorKind, donorName, donorAddress, donorPhone, Amounts.of(amount),
					receivedOn, channel, unitId, inKind, note, pledgeId, null);
		}
	}

	record DonationJson(long id, String receiptNumber, long amount, LocalDate receivedOn, Channel channel, Long driveId,
			long donorId, String donor, DonorKind donorKind, long unitId, String inKind, Long pledgeId, boolean voided,
			String voidReason) {

		static DonationJson of(Donation d) {
			return new DonationJson(d.id(), d.receiptNumber(), d.amount(), d.receivedOn(), d.channel(), d.driveId(),
					d.donor().id(), d.donor().publicName(), d.donor().kind(), d.unitId(), d.inKind(), d.pledgeId(),
					d.voided(), d.voidReason());
		}
	}

	record ReasonBody(String reason) {
	}

	@GetMapping("/api/v1/funds/{id}/donations")
	ResponseEntity<List<DonationJson>> list(@PathVariable long id, @RequestParam(required = false) Long drive,
			@RequestParam(required = false) String q, @RequestParam(required = false) Channel channel,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) Boolean voided, @RequestParam(required = false) String sort,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		PageOf<Donation> found = donations.search(id, new DonationFilter(drive, q, channel, from, to, voided, sort),
				PageRequest.of(page, size));
		return ResponseEntity.ok().header("X-Total-Count", String.valueOf(found.total()))
			.body(found.items().stream().map(DonationJson::of).toList());
	}

	@PostMapping("/api/v1/funds/{id}/donations")
	@Operation(summary = "Ghi một khoản ủng hộ; trả số biên lai / Record a donation; 201 with the receipt number, 422 for bad input")
	ResponseEntity<DonationJson> record(@PathVariable long id, @RequestBody DonationBody body) {
		Donation donation = donations.record(id, body.draft());
		return ResponseEntity.created(URI.create("/api/v1/donations/" + donation.id())).body(DonationJson.of(donation));
	}

	@GetMapping("/api/v1/donations/{id}")
	DonationJson get(@PathVariable long id) {
		return DonationJson.of(donations.get(id));
	}

	@PostMapping("/api/v1/donations/{id}/void")
	@Operation(summary = "Hủy biên lai (giữ lại, đảo bút toán) / Void a receipt: it stays, its entry is reversed")
	DonationJson voidReceipt(@PathVariable long id, @RequestBody ReasonBody body) {
		return DonationJson.of(donations.voidReceipt(id, body.reason()));
	}

	@GetMapping("/api/v1/funds/{id}/pledges")
	List<Pledges.Pledge> pledges(@PathVariable long id) {
		return pledges.list(id);
	}

	@PostMapping("/api/v1/funds/{id}/pledges")
	@Operation(summary = "Ghi cam kết ủng hộ / Record a pledge (as a donation, with dueOn); donations naming it fulfil it")
	ResponseEntity<Pledges.Pledge> pledge(@PathVariable long id, @RequestBody DonationBody body) {
		return ResponseEntity.status(201).body(pledges.pledge(id, body.draft(), body.dueOn()));
	}

	/** A donor as the search shows it: no address or phone, which stay with the funds that recorded them. */
	record DonorJson(long id, DonorKind kind, String name) {
	}

	@GetMapping("/api/v1/donors")
	@Operation(summary = "Tìm nhà hảo tâm (không dấu) / Donors whose name contains the words, without diacritics")
	List<DonorJson> donors(@RequestParam String q) {
		return donors.search(q).stream().map(d -> new DonorJson(d.id(), d.kind(), d.name())).toList();
	}
}
