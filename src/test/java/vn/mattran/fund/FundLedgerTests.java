package vn.mattran.fund;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataAccessException;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;
import vn.mattran.IntegrationTest;
import vn.mattran.SeedFixture;
import vn.mattran.fund.FundMother.Commune;
import vn.mattran.fund.internal.Disbursements;
import vn.mattran.fund.internal.Donations;
import vn.mattran.fund.internal.Drives;
import vn.mattran.fund.internal.Funds;
import vn.mattran.fund.internal.LedgerCommand;
import vn.mattran.fund.internal.Pledges;
import vn.mattran.fund.internal.Transfers;
import vn.mattran.shared.error.InvalidInput;
import vn.mattran.shared.error.UserFacingException;
import vn.mattran.shared.security.MattranUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.mattran.fund.FundMother.gift;
import static vn.mattran.fund.FundMother.support;

/**
 * The ledger's rules against the real database, through the services, as officers and
 * administrators of two communes of An Lão: balanced entries, append-only, reversal, closed periods,
 * transfers in transit, the hash chain, and one commune never touching another's fund (by service and by API).
 */
@IntegrationTest
class FundLedgerTests extends TwoCommunes {

	static final LocalDate SEPTEMBER = LocalDate.of(2026, 9, 15);
	static final LocalDate OCTOBER = LocalDate.of(2026, 10, 5);
	static final LocalDate NOVEMBER = LocalDate.of(2026, 11, 2);
	static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	@Autowired
	JdbcClient jdbc;
	@Autowired
	TransactionTemplate transactions;
	@Autowired
	MessageSource messages;
	@Autowired
	Funds funds;
	@Autowired
	Drives drives;
	@Autowired
	Donations donations;
	@Autowired
	Disbursements disbursements;
	@Autowired
	Transfers transfers;
	@Autowired
	Pledges pledges;
	@Autowired
	MockMvc mvc;
	@Autowired
	LedgerCommand command;

	@Test
	void everyPostedEntryBalancesAndTheDatabaseRefusesAnUnbalancedOneAtCommit() {
		Fund fund = mother.fund(a);
		Drive drive = mother.drive(a, fund.id());
		mother.donate(a, fund.id(), drive.id(), 5_000_000, SEPTEMBER, Channel.CASH);
		mother.donate(a, fund.id(), drive.id(), 3_000_000, OCTOBER, Channel.BANK);
		mother.donate(a, fund.id(), null, 1_200_000, OCTOBER, Channel.IN_KIND);
		mother.paid(a, fund.id(), 1_000_000, Channel.CASH);

		List<Long> differences = jdbc.sql("""
				select coalesce(sum(l.debit), 0) - coalesce(sum(l.credit), 0) from fund_entry e
				left join fund_entry_line l on l.entry_id = e.id where e.fund_id = ? group by e.id having count(l.*) >= 2
				""").param(fund.id()).query(Long.class).list();
		assertThat(differences).hasSize(4).containsOnly(0L);

		long entries = mother.entries(fund.id());
		long cash = mother.balance(fund.id(), Accounts.CASH);
		boolean[] insertedBeforeCommit = {false};
		assertThatThrownBy(() -> transactions.executeWithoutResult(tx -> {
			long entry = handWrittenEntry(fund.id(), NOVEMBER);
			line(entry, 1, account(fund.id(), Accounts.CASH), 700_000, 0);
			line(entry, 2, account(fund.id(), Accounts.INCOME), 0, 500_000);
			insertedBeforeCommit[0] = true;
		})).hasStackTraceContaining("is not balanced").hasStackTraceContaining("debit minus credit 200000");
		assertThat(insertedBeforeCommit[0]).as("the lines go in; the refusal comes at commit").isTrue();
		assertThatThrownBy(() -> transactions.executeWithoutResult(tx -> {
			long entry = handWrittenEntry(fund.id(), NOVEMBER);
			line(entry, 1, account(fund.id(), Accounts.CASH), 700_000, 0);
		})).as("one line alone").hasStackTraceContaining("is not balanced: 1 lines");
		assertThatThrownBy(() -> transactions.executeWithoutResult(tx -> handWrittenEntry(fund.id(), NOVEMBER)))
			.as("an entry without lines").hasStackTraceContaining("is not balanced: 0 lines");
		assertThat(mother.entries(fund.id())).as("nothing stays").isEqualTo(entries);
		assertThat(mother.balance(fund.id(), Accounts.CASH)).isEqualTo(cash).isEqualTo(4_000_000);
		assertThat(verify(a, fund.id()).ok()).isTrue();
	}

	@Test
	void theDatabaseRefusesToUpdateDeleteTruncateOrAddToWhatWasPosted() {
		Fund fund = mother.fund(a);
		Donation donation = mother.donate(a, fund.id(), null, 2_000_000, OCTOBER, Channel.CASH);
		long entry = donation.entryId();
		List<String> changes = List.of(
				"update fund_entry set memo = 'sửa lén' where id = " + entry,
				"update fund_entry set posted_on = posted_on - 1 where id = " + entry,
				"delete from fund_entry where id = " + entry,
				"update fund_entry_line set debit = debit * 10 where entry_id = " + entry + " and debit > 0",
				"delete from fund_entry_line where entry_id = " + entry,
				"truncate fund_entry_line",
				"truncate fund_entry cascade",
				// a pair of lines that balance, slipped into the entry after it was posted
				"insert into fund_entry_line (entry_id, line_no, account_id, debit, credit) select " + entry
						+ ", 2 + n, id, case n when 1 then 5000000 else 0 end, case n when 2 then 5000000 else 0 end"
						+ " from fund_account, generate_series(1, 2) n where fund_id = " + fund.id() + " and code = 'CASH'");
		for (String change : changes) {
			assertThatThrownBy(() -> transactions.executeWithoutResult(tx -> {
				// rolled back even if the database let it through, so a failure here wipes nothing for other tests
				tx.setRollbackOnly();
				jdbc.sql(change).update();
			}))
				.as(change).isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
		}
		assertThat(jdbc.sql("select memo from fund_entry where id = ?").param(entry).query(String.class).single())
			.startsWith("Thu ủng hộ, biên lai 000001/2026");
		assertThat(jdbc.sql("select sum(debit) from fund_entry_line where entry_id = ?").param(entry).query(Long.class)
			.single()).isEqualTo(2_000_000);
		assertThat(verify(a, fund.id())).isEqualTo(new LedgerCheck(true, 1, null, null, null));
	}

	@Test
	void voidingADonationKeepsItAndPostsAReversalThatNamesTheOriginalOnce() {
		Fund fund = mother.fund(a);
		Drive drive = mother.drive(a, fund.id());
		mother.donate(a, fund.id(), drive.id(), 1_000_000, SEPTEMBER, Channel.CASH);
		Donation wrong = mother.donate(a, fund.id(), drive.id(), 20_000_000, OCTOBER, Channel.CASH);
		assertThat(mother.balance(fund.id(), Accounts.CASH)).isEqualTo(21_000_000);
		assertThat(a.asOfficer(() -> drives.get(drive.id())).collected()).isEqualTo(21_000_000);

		assertThatThrownBy(() -> a.asOfficer(() -> donations.voidReceipt(wrong.id(), "  ")))
			.isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.messageKey()).isEqualTo("fund.error.voidReason"));
		Donation voided = a.asOfficer(() -> donations.voidReceipt(wrong.id(), "Ghi nhầm 20 triệu, đúng là 2 triệu"));

		assertThat(voided.voided()).isTrue();
		assertThat(voided.voidReason()).isEqualTo("Ghi nhầm 20 triệu, đúng là 2 triệu");
		assertThat(voided.receiptNumber()).isEqualTo(wrong.receiptNumber()).isEqualTo("000002/2026");
		assertThat(voided.amount()).isEqualTo(20_000_000);
		record Entry(long id, String kind, Long reverses, String memo) {
		}
		List<Entry> entries = jdbc.sql("select id, kind, reverses, memo from fund_entry where fund_id = ? order by seq")
			.param(fund.id()).query(Entry.class).list();
		assertThat(entries).extracting(Entry::kind).containsExactly("DONATION", "DONATION", "VOID");
		Entry reversal = entries.get(2);
		assertThat(reversal.reverses()).isEqualTo(wrong.entryId());
		assertThat(reversal.memo()).contains("000002/2026").contains("Ghi nhầm 20 triệu");
		assertThat(jdbc.sql("""
				select a.code, l.debit, l.credit from fund_entry_line l join fund_account a on a.id = l.account_id
				where l.entry_id = ? order by l.line_no""").param(reversal.id())
			.query((rs, n) -> tuple(rs.getString(1), rs.getLong(2), rs.getLong(3))).list())
			.containsExactly(tuple(Accounts.CASH, 0L, 20_000_000L), tuple(Accounts.income(drive.id()), 20_000_000L, 0L));
		assertThat(mother.balance(fund.id(), Accounts.CASH)).isEqualTo(1_000_000);
		assertThat(mother.balance(fund.id(), Accounts.income(drive.id()))).isEqualTo(1_000_000);
		Drive after = a.asOfficer(() -> drives.get(drive.id()));
		assertThat(after.collected()).isEqualTo(1_000_000);
		assertThat(after.donations()).isEqualTo(1);

		assertThatThrownBy(() -> a.asOfficer(() -> donations.voidReceipt(wrong.id(), "Hủy lần nữa")))
			.isInstanceOfSatisfying(UserFacingException.class, e -> {
				assertThat(e.status()).isEqualTo(409);
				assertThat(e.messageKey()).isEqualTo("fund.error.alreadyVoided");
				assertThat(text(e)).isEqualTo("Biên lai 000002/2026 đã bị hủy trước đó.");
			});
		assertThatThrownBy(() -> transactions.executeWithoutResult(tx -> {
			long again = jdbc.sql("""
					insert into fund_entry (fund_id, seq, posted_on, kind, memo, reverses, created_by, prev_hash, hash)
					values (?, 99, ?, 'VOID', 'đảo lần hai', ?, 'tay', '', '') returning id""")
				.params(fund.id(), NOVEMBER, wrong.entryId()).query(Long.class).single();
			line(again, 1, account(fund.id(), Accounts.income(drive.id())), 20_000_000, 0);
			line(again, 2, account(fund.id(), Accounts.CASH), 0, 20_000_000);
		})).as("a second reversal written by hand").isInstanceOf(DataAccessException.class)
			.hasMessageContaining("fund_entry_reverses_key");
		assertThat(mother.entries(fund.id())).isEqualTo(3);
		assertThat(mother.serials(fund.id(), 2026)).containsExactly(1, 2);
		assertThat(verify(a, fund.id()).ok()).isTrue();
	}

	@Test
	void nothingIsPostedIntoAClosedMonth() {
		Fund fund = mother.fund(a);
		mother.donate(a, fund.id(), null, 3_000_000, SEPTEMBER, Channel.CASH);
		String thisMonth = YearMonth.from(funds.today()).toString();
		assertThatThrownBy(() -> a.asAdmin(() -> funds.closePeriod(fund.id(), thisMonth)))
			.as("the month still running").isInstanceOfSatisfying(InvalidInput.class,
					e -> assertThat(e.messageKey()).isEqualTo("fund.error.closeOpenPeriod"));
		assertThatThrownBy(() -> a.asOfficer(() -> funds.closePeriod(fund.id(), "2026-09")))
			.as("an officer does not close the books").isInstanceOfSatisfying(UserFacingException.class,
					e -> assertThat(e.status()).isEqualTo(403));
		assertThat(a.asAdmin(() -> funds.closePeriod(fund.id(), "2026-09"))).isEqualTo(LocalDate.of(2026, 9, 30));

		assertThatThrownBy(() -> mother.donate(a, fund.id(), null, 500_000, LocalDate.of(2026, 9, 30), Channel.CASH))
			.isInstanceOfSatisfying(InvalidInput.class, e -> {
				assertThat(e.messageKey()).isEqualTo("fund.error.closedPeriod");
				assertThat(e.field()).isEqualTo("postedOn");
				assertThat(text(e)).isEqualTo("Sổ quỹ đã khóa đến ngày 30/09/2026; không ghi được vào ngày 30/09/2026.");
			});
		assertThatThrownBy(() -> a.asOfficer(() -> pledges.pledge(fund.id(), gift(null, 1_000_000, LocalDate.of(2026, 8, 1), Channel.CASH), OCTOBER)))
			.isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.messageKey()).isEqualTo("fund.error.closedPeriod"));
		assertThatThrownBy(() -> a.asOfficer(() -> transfers.send(fund.id(), mother.fund(b).id(), 100_000L, SEPTEMBER,
				"Chuyển thử", null))).isInstanceOfSatisfying(InvalidInput.class,
						e -> assertThat(e.messageKey()).isEqualTo("fund.error.closedPeriod"));
		assertThatThrownBy(() -> a.asAdmin(() -> funds.closePeriod(fund.id(), "2026-08")))
			.isInstanceOfSatisfying(UserFacingException.class, e -> {
				assertThat(e.status()).isEqualTo(409);
				assertThat(e.messageKey()).isEqualTo("fund.error.alreadyClosed");
			});

		assertThatThrownBy(() -> transactions.executeWithoutResult(tx -> {
			long entry = handWrittenEntry(fund.id(), LocalDate.of(2026, 9, 30));
			line(entry, 1, account(fund.id(), Accounts.CASH), 100_000, 0);
			line(entry, 2, account(fund.id(), Accounts.INCOME), 0, 100_000);
		})).as("by hand, behind the service").isInstanceOf(DataAccessException.class)
			.hasMessageContaining("is closed through 2026-09-30: cannot post on 2026-09-30");

		Donation october = mother.donate(a, fund.id(), null, 500_000, LocalDate.of(2026, 10, 1), Channel.CASH);
		assertThat(october.receiptNumber()).as("the refused donation gave its number back").isEqualTo("000002/2026");
		assertThat(mother.entries(fund.id())).isEqualTo(2);
		assertThat(mother.balance(fund.id(), Accounts.CASH)).isEqualTo(3_500_000);
	}

	@Test
	void aTransferIsInTransitUntilTheReceivingCommuneConfirmsIt() {
		Fund sender = mother.fund(a);
		Fund other = mother.fund(a);
		Fund receiver = mother.fund(b);
		mother.donate(a, sender.id(), null, 10_000_000, SEPTEMBER, Channel.BANK);
		mother.donate(a, sender.id(), null, 2_000_000, SEPTEMBER, Channel.CASH);

		assertThatThrownBy(() -> a.asOfficer(() -> transfers.send(sender.id(), receiver.id(), 10_000_001L, OCTOBER,
				"Hỗ trợ xã bạn", null))).isInstanceOfSatisfying(UserFacingException.class, e -> {
					assertThat(e.status()).isEqualTo(409);
					assertThat(text(e)).isEqualTo("Quỹ không đủ Tiền gửi ngân hàng: cần chi 10.000.001 đ, hiện chỉ còn 10.000.000 đ.");
				});
		Transfer sent = a.asOfficer(() -> transfers.send(sender.id(), receiver.id(), 4_000_000L, OCTOBER,
				"Hỗ trợ xã bạn khắc phục bão", null));
		Transfer toOther = a.asOfficer(() -> transfers.send(sender.id(), other.id(), 1_000_000L, OCTOBER,
				"Điều hòa trong xã", null));
		assertThat(sent.confirmed()).isFalse();
		assertThat(mother.balances(sender.id())).containsEntry(Accounts.BANK, 5_000_000L)
			.containsEntry(Accounts.IN_TRANSIT, 5_000_000L).containsEntry(Accounts.CASH, 2_000_000L);
		assertThat(mother.balance(receiver.id(), Accounts.BANK)).isZero();
		assertThat(mother.entries(receiver.id())).isZero();

		assertThatThrownBy(() -> a.asOfficer(() -> transfers.confirm(sent.id(), NOVEMBER)))
			.as("the sender does not confirm for the receiver").isInstanceOfSatisfying(UserFacingException.class,
					e -> assertThat(e.status()).isEqualTo(403));
		assertThatThrownBy(() -> b.asOfficer(() -> transfers.confirm(toOther.id(), NOVEMBER)))
			.as("another commune's incoming transfer").isInstanceOfSatisfying(UserFacingException.class,
					e -> assertThat(e.status()).isEqualTo(403));
		assertThatThrownBy(() -> b.asOfficer(() -> transfers.confirm(sent.id(), LocalDate.of(2026, 10, 4))))
			.as("received before it was sent").isInstanceOfSatisfying(InvalidInput.class,
					e -> assertThat(e.messageKey()).isEqualTo("fund.error.receivedOn"));
		Transfer confirmed = b.asOfficer(() -> transfers.confirm(sent.id(), NOVEMBER));

		assertThat(confirmed.confirmed()).isTrue();
		assertThat(confirmed.confirmedOn()).isEqualTo(NOVEMBER);
		assertThat(confirmed.confirmedBy()).isEqualTo(b.officer().getUsername());
		assertThat(mother.balances(sender.id())).containsEntry(Accounts.BANK, 5_000_000L)
			.containsEntry(Accounts.IN_TRANSIT, 1_000_000L).containsEntry(Accounts.TRANSFER_OUT, 4_000_000L);
		assertThat(mother.balances(receiver.id())).containsEntry(Accounts.BANK, 4_000_000L)
			.containsEntry(Accounts.TRANSFER_IN, 4_000_000L);
		assertThat(jdbc.sql("select kind from fund_entry where fund_id = ? order by seq").param(sender.id())
			.query(String.class).list()).containsExactly("DONATION", "DONATION", "TRANSFER_SENT", "TRANSFER_SENT",
					"TRANSFER_OUT");
		assertThat(jdbc.sql("select kind from fund_entry where fund_id = ? order by seq").param(receiver.id())
			.query(String.class).list()).containsExactly("TRANSFER_IN");

		assertThatThrownBy(() -> b.asOfficer(() -> transfers.confirm(sent.id(), NOVEMBER)))
			.isInstanceOfSatisfying(UserFacingException.class, e -> {
				assertThat(e.status()).isEqualTo(409);
				assertThat(e.messageKey()).isEqualTo("fund.error.transferConfirmed");
			});
		assertThat(mother.balance(receiver.id(), Accounts.BANK)).isEqualTo(4_000_000);
		a.asOfficer(() -> transfers.confirm(toOther.id(), NOVEMBER));
		assertThat(mother.balance(sender.id(), Accounts.IN_TRANSIT)).isZero();
		assertThat(b.asOfficer(() -> transfers.ofFund(receiver.id()))).extracting(Transfer::id).containsExactly(sent.id());
		assertThat(verify(a, sender.id()).ok()).isTrue();
		assertThat(verify(a, other.id()).ok()).isTrue();
		assertThat(verify(b, receiver.id()).ok()).isTrue();
	}

	@Test
	void aClosedYearTakesNothingMoreAndCannotBeClosedAgain() {
		Fund fund = mother.fund(a);
		mother.donate(a, fund.id(), null, 2_000_000, LocalDate.of(2025, 6, 1), Channel.CASH);
		assertThatThrownBy(() -> a.asAdmin(() -> funds.closePeriod(fund.id(), String.valueOf(funds.today().getYear()))))
			.as("the year still running").isInstanceOfSatisfying(InvalidInput.class,
					e -> assertThat(e.messageKey()).isEqualTo("fund.error.closeOpenPeriod"));
		assertThat(a.asAdmin(() -> funds.closePeriod(fund.id(), "2025"))).isEqualTo(LocalDate.of(2025, 12, 31));
		assertThatThrownBy(() -> mother.donate(a, fund.id(), null, 500_000, LocalDate.of(2025, 12, 31), Channel.CASH))
			.isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(text(e))
				.isEqualTo("Sổ quỹ đã khóa đến ngày 31/12/2025; không ghi được vào ngày 31/12/2025."));
		assertThatThrownBy(() -> a.asAdmin(() -> funds.closePeriod(fund.id(), "2025-11")))
			.isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.status()).isEqualTo(409));
		assertThat(mother.donate(a, fund.id(), null, 500_000, LocalDate.of(2026, 1, 2), Channel.CASH).receiptNumber())
			.as("the next year is open").isEqualTo("000001/2026");
	}

	@Test
	void theHashChainNamesTheFirstEntryEditedBehindTheApplicationsBack() throws Exception {
		Fund memo = ledgerOfFive();
		assertThat(verify(a, memo.id())).isEqualTo(new LedgerCheck(true, 5, null, null, null));
		mvc.perform(get("/api/v1/funds/" + memo.id() + "/ledger/verify").with(as(a.officer())))
			.andExpect(status().isOk()).andExpect(jsonPath("$.ok").value(true)).andExpect(jsonPath("$.entries").value(5))
			.andExpect(jsonPath("$.firstBadEntry").doesNotExist());
		long third = entryAt(memo.id(), 3);
		behindTheBack("update fund_entry set memo = memo || ' (đã sửa)' where id = " + third);
		assertThat(verify(a, memo.id())).isEqualTo(new LedgerCheck(false, 5, third, 3L, "content"));
		mvc.perform(get("/api/v1/funds/" + memo.id() + "/ledger/verify").with(as(a.officer())))
			.andExpect(status().isOk()).andExpect(jsonPath("$.ok").value(false)).andExpect(jsonPath("$.entries").value(5))
			.andExpect(jsonPath("$.firstBadEntry").value(third));

		ByteArrayOutputStream printed = new ByteArrayOutputStream();
		Fund sound = ledgerOfFive();
		int exit = command.verify(List.of(String.valueOf(memo.id()), String.valueOf(sound.id())),
				new PrintStream(printed, true, StandardCharsets.UTF_8));
		assertThat(exit).as("java -jar mattran.jar --verify-ledger=" + memo.id() + "," + sound.id()).isEqualTo(1);
		assertThat(printed.toString(StandardCharsets.UTF_8).lines()).containsExactly(
				"#" + memo.id() + " " + memo.name() + ": 5 bút toán / entries, KHÔNG KHỚP / DOES NOT MATCH at entry no. 3 (id "
						+ third + "): content",
				"#" + sound.id() + " " + sound.name() + ": 5 bút toán / entries, chuỗi băm khớp / hash chain holds");
		assertThat(command.verify(List.of(String.valueOf(sound.id())), new PrintStream(new ByteArrayOutputStream())))
			.isZero();

		Fund amount = ledgerOfFive();
		long second = entryAt(amount.id(), 2);
		behindTheBack("update fund_entry_line set debit = debit - 100000 where entry_id = " + second + " and debit > 0");
		assertThat(verify(a, amount.id())).isEqualTo(new LedgerCheck(false, 5, second, 2L, "content"));

		Fund last = ledgerOfFive();
		long fifth = entryAt(last.id(), 5);
		behindTheBack("delete from fund_entry_line where entry_id = " + fifth, "delete from fund_entry where id = " + fifth);
		LedgerCheck truncated = verify(a, last.id());
		assertThat(truncated.ok()).isFalse();
		assertThat(truncated.entries()).isEqualTo(4);
		assertThat(truncated.firstBadSeq()).as("the missing entry by its number").isEqualTo(5);
		assertThat(truncated.problem()).isEqualTo("truncated");

		Fund middle = ledgerOfFive();
		long fourth = entryAt(middle.id(), 4);
		behindTheBack("delete from fund_entry_line where entry_id = " + entryAt(middle.id(), 3),
				"delete from fund_entry where id = " + entryAt(middle.id(), 3));
		assertThat(verify(a, middle.id())).isEqualTo(new LedgerCheck(false, 4, fourth, 4L, "missing"));
	}

	@Test
	void aCommuneOfficerNeitherReadsNorPostsToAnotherCommunesFund() throws Exception {
		Fund theirs = mother.fund(b);
		Drive drive = mother.drive(b, theirs.id());
		Donation donation = mother.donate(b, theirs.id(), drive.id(), 5_000_000, OCTOBER, Channel.CASH);
		Fund mine = mother.fund(a);
		List<Runnable> attempts = List.of(
				() -> funds.get(theirs.id()),
				() -> funds.verify(theirs.id()),
				() -> drives.list(theirs.id()),
				() -> drives.get(drive.id()),
				() -> donations.get(donation.id()),
				() -> donations.record(theirs.id(), gift(drive.id(), 100_000, OCTOBER, Channel.CASH)),
				() -> donations.voidReceipt(donation.id(), "Hủy hộ xã bạn"),
				() -> disbursements.propose(theirs.id(), support(100_000, Channel.CASH)),
				() -> transfers.send(theirs.id(), mine.id(), 100_000L, OCTOBER, "Lấy tiền xã bạn", null),
				() -> transfers.ofFund(theirs.id()));
		for (Runnable attempt : attempts) {
			assertThatThrownBy(() -> a.asOfficer(() -> {
				attempt.run();
				return null;
			})).isInstanceOfSatisfying(UserFacingException.class, e -> {
				assertThat(e.status()).isEqualTo(403);
				assertThat(e.messageKey()).isEqualTo("error.outOfScope");
			});
		}
		assertThatThrownBy(() -> a.asAdmin(() -> funds.closePeriod(theirs.id(), "2026-09")))
			.isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.status()).isEqualTo(403));
		assertThat(a.asOfficer(() -> funds.list())).extracting(Fund::id).contains(mine.id()).doesNotContain(theirs.id());

		String fundPath = "/api/v1/funds/" + theirs.id();
		for (String path : List.of(fundPath, fundPath + "/drives", fundPath + "/donations", fundPath + "/transfers",
				fundPath + "/ledger/verify", "/api/v1/donations/" + donation.id())) {
			mvc.perform(get(path).with(as(a.officer()))).andExpect(status().isForbidden())
				.andExpect(jsonPath("$.message").value(containsString("nằm ngoài phạm vi của bạn")));
		}
		mvc.perform(post(fundPath + "/donations").with(as(a.officer())).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"donorKind": "PERSON", "donorName": "Người ngoài xã", "amount": "100.000", "channel": "CASH",
					 "receivedOn": "2026-10-05"}""")).andExpect(status().isForbidden());
		mvc.perform(post(fundPath + "/disbursements").with(as(a.officer())).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("""
					{"recipient": "Hộ xã bạn", "kind": "OTHER", "amount": "100.000", "channel": "CASH"}"""))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/donations/" + donation.id() + "/void").with(as(a.officer())).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"Hủy hộ\"}")).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/funds").with(as(a.officer()))).andExpect(status().isOk())
			.andExpect(jsonPath("$[*].id").value(not(hasItem((int) theirs.id()))));
		mvc.perform(get(fundPath).with(as(b.officer()))).andExpect(status().isOk())
			.andExpect(jsonPath("$.balance").value(5_000_000));
		assertThat(mother.entries(theirs.id())).isEqualTo(1);
		assertThat(mother.balances(theirs.id())).containsEntry(Accounts.CASH, 5_000_000L);
		assertThat(b.asOfficer(() -> donations.get(donation.id())).voided()).isFalse();
	}

	/** A fund of commune A with five entries: three donations, a support paid, a transfer sent. */
	private Fund ledgerOfFive() {
		Fund fund = mother.fund(a);
		mother.donate(a, fund.id(), null, 3_000_000, SEPTEMBER, Channel.CASH);
		mother.donate(a, fund.id(), null, 4_000_000, SEPTEMBER, Channel.BANK);
		mother.donate(a, fund.id(), null, 2_000_000, OCTOBER, Channel.CASH);
		mother.paid(a, fund.id(), 1_500_000, Channel.CASH);
		a.asOfficer(() -> transfers.send(fund.id(), mother.fund(b).id(), 1_000_000L, NOVEMBER, "Hỗ trợ xã bạn", null));
		return fund;
	}

	private static RequestPostProcessor as(MattranUser user) {
		return authentication(SeedFixture.authentication(user));
	}

	private LedgerCheck verify(Commune commune, long fundId) {
		return commune.asOfficer(() -> funds.verify(fundId));
	}

	/** Changes rows with the triggers off, as someone with the database's superuser could. */
	private void behindTheBack(String... statements) {
		transactions.executeWithoutResult(tx -> {
			jdbc.sql("set local session_replication_role = replica").update();
			for (String statement : statements) {
				assertThat(jdbc.sql(statement).update()).as(statement).isPositive();
			}
		});
	}

	private long entryAt(long fundId, long seq) {
		return jdbc.sql("select id from fund_entry where fund_id = ? and seq = ?").params(fundId, seq).query(Long.class)
			.single();
	}

	private long handWrittenEntry(long fundId, LocalDate on) {
		return jdbc.sql("""
				insert into fund_entry (fund_id, seq, posted_on, kind, memo, created_by, prev_hash, hash)
				values (?, 1000 + (select last_seq from fund_fund where id = ?), ?, 'HAND', 'viết tay', 'tay', '', '')
				returning id""").params(fundId, fundId, on).query(Long.class).single();
	}

	private void line(long entry, int no, long account, long debit, long credit) {
		jdbc.sql("insert into fund_entry_line (entry_id, line_no, account_id, debit, credit) values (?, ?, ?, ?, ?)")
			.params(entry, no, account, debit, credit).update();
	}

	/** The account's id, made as the ledger makes it when the fund has not used it yet. */
	private long account(long fundId, String code) {
		return jdbc.sql("""
				insert into fund_account (fund_id, code, kind, no_overdraft) values (?, ?, ?, ?)
				on conflict (fund_id, code) do update set code = excluded.code returning id""")
			.params(fundId, code, Accounts.kindOf(code).name(), Accounts.isMoney(code)).query(Long.class).single();
	}

	private String text(UserFacingException e) {
		return messages.getMessage(e.messageKey(), e.args(), VIETNAMESE);
	}
}
