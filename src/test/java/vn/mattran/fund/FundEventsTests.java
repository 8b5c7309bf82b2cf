package vn.mattran.fund;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import vn.mattran.IntegrationTest;
import vn.mattran.fund.internal.DonationBatch;
import vn.mattran.fund.internal.Donations;
import vn.mattran.fund.internal.Transfers;
import vn.mattran.households.SupportKind;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the fund tells the public pages (the transparency module): every donation, void, payment and confirmed
 * transfer as an event, with a hidden donor's name hidden and never a beneficiary named.
 */
@IntegrationTest
@RecordApplicationEvents
class FundEventsTests extends TwoCommunes {

	static final LocalDate OCTOBER = LocalDate.of(2026, 10, 5);

	@Autowired
	ApplicationEvents events;
	@Autowired
	Donations donations;
	@Autowired
	DonationBatch batch;
	@Autowired
	Transfers transfers;

	@Test
	void everyMoneyEventIsPublishedWithoutABeneficiaryOrAHiddenDonorNamed() {
		Fund fund = mother.fund(a);
		Drive drive = mother.drive(a, fund.id());
		Donation named = mother.donate(a, fund.id(), drive.id(), 5_000_000, OCTOBER, Channel.CASH);
		Donation hidden = a.asOfficer(() -> donations.record(fund.id(), new DonationDraft(drive.id(), null,
				DonorKind.ANONYMOUS, "Nguyễn Văn Kín", null, null, 2_000_000L, OCTOBER, Channel.BANK, null, null, null, null,
				null)));
		List<Donation> listed = a.asOfficer(() -> batch.record(fund.id(), List.of(
				FundMother.gift(drive.id(), 300_000, OCTOBER, Channel.CASH), FundMother.gift(drive.id(), 400_000, OCTOBER,
						Channel.BANK)), null));
		a.asOfficer(() -> donations.voidReceipt(named.id(), "Ghi nhầm số tiền"));
		Disbursement paid = mother.paid(a, fund.id(), 1_000_000, Channel.BANK);
		Fund theirs = mother.fund(b);
		Transfer sent = a.asOfficer(() -> transfers.send(fund.id(), theirs.id(), 500_000L, OCTOBER, "Hỗ trợ xã bạn", null));
		b.asOfficer(() -> transfers.confirm(sent.id(), OCTOBER.plusDays(1)));

		List<DonationRecorded> recorded = events.stream(DonationRecorded.class).filter(e -> e.fundId() == fund.id()).toList();
		assertThat(recorded).extracting(DonationRecorded::donationId)
			.containsExactly(named.id(), hidden.id(), listed.get(0).id(), listed.get(1).id());
		assertThat(recorded.get(0)).extracting(DonationRecorded::amount, DonationRecorded::receiptNumber,
				DonationRecorded::unitId, DonationRecorded::driveId)
			.containsExactly(5_000_000L, named.receiptNumber(), a.id(), drive.id());
		assertThat(recorded.get(1).donorPublicName()).isEqualTo("Nhà hảo tâm giấu tên");
		assertThat(recorded.stream().map(Object::toString)).noneMatch(text -> text.contains("Kín"));
		assertThat(recorded.get(2).donorPublicName()).isEqualTo(listed.get(0).donor().name());

		assertThat(events.stream(DonationVoided.class).filter(e -> e.fundId() == fund.id()))
			.singleElement().extracting(DonationVoided::donationId, DonationVoided::amount)
			.containsExactly(named.id(), 5_000_000L);

		assertThat(events.stream(DisbursementPaid.class).filter(e -> e.fundId() == fund.id())).singleElement()
			.satisfies(e -> {
				assertThat(e.disbursementId()).isEqualTo(paid.id());
				assertThat(e.unitId()).as("the area, not the household").isEqualTo(a.id());
				assertThat(e.kind()).isEqualTo(SupportKind.HOUSE_REPAIR);
				assertThat(e.amount()).isEqualTo(1_000_000L);
				assertThat(e.toString()).doesNotContain(paid.recipient());
			});
		assertThat(Arrays.stream(DisbursementPaid.class.getRecordComponents()).map(c -> c.getName().toLowerCase()))
			.as("nothing that names a beneficiary").noneMatch(name -> name.contains("household") || name.contains("recipient")
					|| name.contains("name") || name.contains("person"));

		assertThat(events.stream(TransferConfirmed.class).filter(e -> e.transferId() == sent.id())).singleElement()
			.extracting(TransferConfirmed::fromFundId, TransferConfirmed::toFundId, TransferConfirmed::amount)
			.containsExactly(fund.id(), theirs.id(), 500_000L);
	}
}
