package vn.mattran.fund;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.mattran.IntegrationTest;
import vn.mattran.fund.internal.DonationBatch;
import vn.mattran.fund.internal.Donations;
import vn.mattran.fund.internal.Funds;
import vn.mattran.fund.internal.Pledges;
import vn.mattran.shared.error.InvalidInput;
import vn.mattran.shared.error.UserFacingException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * A list recorded at once ({@link DonationBatch}, the path of an imported list) leaves the same books as the same
 * drafts recorded one by one through {@link Donations#record}: receipts, entries chained, balances, running totals,
 * donors, audit rows. A refused draft names its place and field and leaves nothing behind.
 */
@IntegrationTest
class DonationBatchTests extends TwoCommunes {

	static final LocalDate LAST_DECEMBER = LocalDate.of(2025, 12, 30);
	static final LocalDate MARCH = LocalDate.of(2026, 3, 2);
	static final LocalDate OCTOBER = LocalDate.of(2026, 10, 5);

	@Autowired
	JdbcClient jdbc;
	@Autowired
	TransactionTemplate transactions;
	@Autowired
	Funds funds;
	@Autowired
	Donations donations;
	@Autowired
	DonationBatch batch;
	@Autowired
	Pledges pledges;

	/** Two donors by name and phone twice each, a pledge fulfilled halfway, last year and this, in cash, bank and kind. */
	private List<DonationDraft> drafts(long driveId, Long pledgeId, long pledgeDonor, String prefix) {
		List<DonationDraft> drafts = new ArrayList<>();
		drafts.add(draft(driveId, "Trần Văn Bình", "0912345678", 2_000_000, MARCH, Channel.CASH, prefix + 1));
		drafts.add(new DonationDraft(null, null, DonorKind.BUSINESS, "Công ty TNHH Hòa Bình", null, null, 7_000_000L,
				LAST_DECEMBER, Channel.BANK, null, null, "Cuối năm", null, prefix + 2));
		drafts.add(draft(driveId, "Trần Văn Bình", "0912 345 678", 500_000, OCTOBER, Channel.BANK, prefix + 3));
		drafts.add(new DonationDraft(driveId, pledgeDonor, null, null, null, null, 4_000_000L, OCTOBER, Channel.BANK, null,
				null, null, pledgeId, prefix + 4));
		drafts.add(new DonationDraft(driveId, null, DonorKind.ANONYMOUS, null, null, null, 300_000L, OCTOBER, Channel.CASH,
				null, null, null, null, prefix + 5));
		drafts.add(new DonationDraft(driveId, null, DonorKind.HOUSEHOLD, "Hộ bà Lê Thị Hoa", null, "0987000111", 1_200_000L,
				OCTOBER, Channel.IN_KIND, null, "Gạo 100 kg", null, null, prefix + 6));
		drafts.add(new DonationDraft(null, null, DonorKind.PERSON, "Nguyễn Thị Thu", null, null, 100_000L, LAST_DECEMBER,
				Channel.CASH, null, null, null, null, prefix + 7));
		return drafts;
	}

	private static DonationDraft draft(long driveId, String name, String phone, long amount, LocalDate on, Channel channel,
			String source) {
		return new DonationDraft(driveId, null, DonorKind.PERSON, name, "An Lão", phone, amount, on, channel, null, null,
				null, null, source);
	}

	private static String sameNameAndPhone(DonationDraft d) {
		return d.donorName() == null || d.donorPhone() == null ? null
				: d.donorName() + "|" + d.donorPhone().replaceAll("\\D", "");
	}

	@Test
	void aListRecordedAtOnceLeavesTheBooksThatRecordingItOneByOneLeaves() {
		Fund single = mother.fund(a);
		Fund together = mother.fund(a);
		Drive singleDrive = mother.drive(a, single.id(), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
		Drive togetherDrive = mother.drive(a, together.id(), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
		Pledges.Pledge singlePledge = pledge(single.id(), singleDrive.id());
		Pledges.Pledge togetherPledge = pledge(together.id(), togetherDrive.id());

		List<DonationDraft> one = drafts(singleDrive.id(), singlePledge.id(), singlePledge.donorId(), "batch-test:one:");
		List<Donation> recordedOne = a.asOfficer(() -> transactions.execute(s -> {
			List<Donation> recorded = new ArrayList<>();
			Long bin = null;
			for (DonationDraft d : one) {
				// as the import gives the second row of a name and phone the donor of the first
				DonationDraft draft = d.donorName() != null && d.donorName().equals("Trần Văn Bình") && bin != null
						? new DonationDraft(d.driveId(), bin, null, null, null, null, d.amount(), d.receivedOn(), d.channel(),
								null, null, null, null, d.source())
						: d;
				Donation donation = donations.record(single.id(), draft);
				bin = bin == null && "Trần Văn Bình".equals(d.donorName()) ? donation.donor().id() : bin;
				recorded.add(donation);
			}
			return recorded;
		}));
		List<DonationDraft> many = drafts(togetherDrive.id(), togetherPledge.id(), togetherPledge.donorId(), "batch-test:many:");
		List<Donation> recordedMany = a.asOfficer(() -> batch.record(together.id(), many, DonationBatchTests::sameNameAndPhone));

		assertThat(recordedMany).extracting(Donation::receiptNumber)
			.containsExactly("000001/2026", "000001/2025", "000002/2026", "000003/2026", "000004/2026", "000005/2026",
					"000002/2025")
			.isEqualTo(recordedOne.stream().map(Donation::receiptNumber).toList());
		assertThat(recordedMany.get(2).donor().id()).as("the same name and phone are one new donor")
			.isEqualTo(recordedMany.get(0).donor().id());
		assertThat(recordedMany.get(4).donor().publicName()).isEqualTo("Nhà hảo tâm giấu tên");
		assertThat(books(together.id(), togetherDrive.id())).isEqualTo(books(single.id(), singleDrive.id()));
		assertThat(mother.balances(together.id())).containsEntry(Accounts.CASH, 2_400_000L)
			.containsEntry(Accounts.BANK, 11_500_000L).containsEntry(Accounts.GOODS, 1_200_000L);
		assertThat(a.asOfficer(() -> pledges.list(together.id()))).singleElement().extracting(Pledges.Pledge::remaining).isEqualTo(4_000_000L);
		for (Fund fund : List.of(single, together)) {
			assertThat(new FundInvariants(jdbc).broken(fund.id(), a.asOfficer(() -> funds.verify(fund.id())))).isEmpty();
		}
		assertThat(jdbc.sql("select count(*) from shared_audit_log where entity_type = 'donation' and entity_id = any(?)")
			.param(recordedMany.stream().map(d -> String.valueOf(d.id())).toArray(String[]::new)).query(Long.class).single())
			.as("an audit row per donation").isEqualTo(7L);

		long entries = mother.entries(together.id());
		List<DonationDraft> twice = new ArrayList<>(many);
		twice.add(many.get(0));
		List<Donation> again = a.asOfficer(() -> batch.record(together.id(), twice, DonationBatchTests::sameNameAndPhone));
		assertThat(again).extracting(Donation::id).as("recorded again: the same donations, nothing added")
			.isEqualTo(java.util.stream.Stream.concat(recordedMany.stream(), java.util.stream.Stream.of(recordedMany.get(0)))
				.map(Donation::id).toList());
		assertThat(mother.entries(together.id())).isEqualTo(entries);
	}

	@Test
	void aRefusedDraftNamesItsPlaceAndFieldAndNothingOfTheListIsKept() {
		Fund fund = mother.fund(a);
		Drive drive = mother.drive(a, fund.id(), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
		mother.donate(a, fund.id(), drive.id(), 1_000_000, MARCH, Channel.CASH);
		long entries = mother.entries(fund.id());

		List<DonationDraft> drafts = new ArrayList<>(List.of(
				draft(drive.id(), "Phạm Văn An", null, 200_000, OCTOBER, Channel.CASH, "batch-test:bad:1"),
				draft(drive.id(), "Phạm Văn Bảo", null, 0, OCTOBER, Channel.CASH, "batch-test:bad:2")));
		DonationBatch.Refused zero = catchThrowableOfType(DonationBatch.Refused.class,
				() -> a.asOfficer(() -> batch.record(fund.id(), drafts, null)));
		assertThat(zero.index()).isEqualTo(1);
		assertThat(zero.reason()).isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("amount"));

		a.asAdmin(() -> funds.closePeriod(fund.id(), "2026-09"));
		drafts.set(1, draft(drive.id(), "Phạm Văn Bảo", null, 300_000, LocalDate.of(2026, 9, 30), Channel.CASH,
				"batch-test:bad:2"));
		DonationBatch.Refused closed = catchThrowableOfType(DonationBatch.Refused.class,
				() -> a.asOfficer(() -> batch.record(fund.id(), drafts, null)));
		assertThat(closed.index()).isEqualTo(1);
		assertThat(closed.reason().messageKey()).isEqualTo("fund.error.closedPeriod");

		assertThat(mother.entries(fund.id())).as("nothing of a refused list is kept").isEqualTo(entries);
		assertThat(mother.serials(fund.id(), 2026)).containsExactly(1);

		Pledges.Pledge promised = a.asOfficer(() -> pledges.pledge(fund.id(), new DonationDraft(drive.id(), null,
				DonorKind.BUSINESS, "Công ty thử hứa", null, null, 1_000_000L, OCTOBER, Channel.BANK, null, null, null, null,
				null), LocalDate.of(2026, 11, 30)));
		long afterPledge = mother.entries(fund.id());
		long donors = jdbc.sql("select count(*) from fund_donor").query(Long.class).single();
		List<DonationDraft> partly = List.of(
				draft(drive.id(), "Phạm Văn Cường", null, 100_000, OCTOBER, Channel.CASH, "batch-test:bad:3"),
				draft(drive.id(), "Phạm Văn Dũng", null, 200_000, OCTOBER, Channel.BANK, "batch-test:bad:4"),
				new DonationDraft(drive.id(), promised.donorId(), null, null, null, null, 5_000_000L, OCTOBER, Channel.BANK,
						null, null, null, promised.id(), "batch-test:bad:5"));
		DonationBatch.Refused over = catchThrowableOfType(DonationBatch.Refused.class,
				() -> a.asOfficer(() -> batch.record(fund.id(), partly, null)));
		assertThat(over.index()).as("more than the pledge still owes, after two rows were written").isEqualTo(2);
		assertThat(mother.entries(fund.id())).as("the two rows written before it are rolled back").isEqualTo(afterPledge);
		assertThat(mother.serials(fund.id(), 2026)).containsExactly(1);
		assertThat(jdbc.sql("select count(*) from fund_donor").query(Long.class).single()).isEqualTo(donors);

		UserFacingException foreign = catchThrowableOfType(UserFacingException.class,
				() -> b.asOfficer(() -> batch.record(fund.id(), List.of(drafts.get(0)), null)));
		assertThat(foreign.status()).isEqualTo(403);
		assertThat(mother.entries(fund.id())).isEqualTo(afterPledge);
	}

	private Pledges.Pledge pledge(long fundId, long driveId) {
		return a.asOfficer(() -> pledges.pledge(fundId, new DonationDraft(driveId, null, DonorKind.BUSINESS,
				"Công ty CP Sông Hồng", null, null, 8_000_000L, MARCH, Channel.BANK, null, null, null, null, null),
				LocalDate.of(2026, 11, 30)));
	}

	/** What a reader of the books sees, without ids: receipts with donor and amount, balances, running totals, entries. */
	private List<String> books(long fundId, long driveId) {
		List<String> books = new ArrayList<>(jdbc.sql("""
				select d.receipt_number || ' ' || o.kind || ' ' || o.name || ' ' || coalesce(o.phone, '-') || ' ' || d.amount
				       || ' ' || d.channel || ' ' || d.received_on || ' ' || coalesce(d.in_kind, '-') || ' '
				       || (d.drive_id is not null) || ' ' || (d.pledge_id is not null)
				from fund_donation d join fund_donor o on o.id = d.donor_id where d.fund_id = ? order by d.entry_id
				""").param(fundId).query(String.class).list());
		books.addAll(jdbc.sql("""
				select regexp_replace(code, '\\d+', 'drive') || '=' || balance from fund_account where fund_id = ? order by code
				""").param(fundId).query(String.class).list());
		books.addAll(jdbc.sql("select unit_id || '=' || amount || '/' || count from fund_drive_total where drive_id = ?")
			.param(driveId).query(String.class).list());
		books.addAll(jdbc.sql("""
				select e.seq || ' ' || e.posted_on || ' ' || e.kind || ' '
				       || regexp_replace(e.memo, 'thử \\d+', 'thử') || ' ' || string_agg(l.debit || '/' || l.credit, ' ' order by l.line_no)
				from fund_entry e join fund_entry_line l on l.entry_id = e.id where e.fund_id = ? group by e.id order by e.seq
				""").param(fundId).query(String.class).list());
		return books;
	}
}
