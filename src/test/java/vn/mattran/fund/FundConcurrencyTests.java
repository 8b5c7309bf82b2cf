package vn.mattran.fund;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.mattran.IntegrationTest;
import vn.mattran.fund.internal.Disbursements;
import vn.mattran.fund.internal.Donations;
import vn.mattran.fund.internal.Transfers;
import vn.mattran.households.SupportKind;
import vn.mattran.organization.internal.accounts.ApiTokens;
import vn.mattran.shared.error.UserFacingException;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.mattran.fund.FundMother.support;

/**
 * Many officers at once on one fund, through the services (and the API over real HTTP) and the real database: proposals and
 * payments never promise or pay more than the fund holds, receipt numbers stay gapless when some
 * recordings fail after taking a number, and what may happen once (a void, a payment, a
 * confirmation) happens once, with a clear refusal for the others rather than a server error.
 */
@IntegrationTest
class FundConcurrencyTests extends TwoCommunes {

	static final LocalDate OCTOBER = LocalDate.of(2026, 10, 10);
	static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	@Autowired
	JdbcClient jdbc;
	@Autowired
	TransactionTemplate transactions;
	@Autowired
	MessageSource messages;
	@Autowired
	Donations donations;
	@Autowired
	Disbursements disbursements;
	@Autowired
	Transfers transfers;
	@Autowired
	ApiTokens tokens;
	@LocalServerPort
	int port;

	/** What one of the racing calls came to: its value, or the exception it threw. */
	record Outcome<T>(T value, Throwable error) {

		boolean ok() {
			return error == null;
		}

		UserFacingException refusal() {
			assertThat(error).as("refused with a message, not a server error").isInstanceOf(UserFacingException.class);
			return (UserFacingException) error;
		}
	}

	@Test
	void twentyProposalsOfAMillionAgainstTenMillionInCashAcceptExactlyTen() {
		Fund fund = mother.fund(a);
		mother.donate(a, fund.id(), null, 10_000_000, OCTOBER, Channel.CASH);

		List<Outcome<Disbursement>> proposals = race(20,
				i -> () -> a.asOfficer(() -> disbursements.propose(fund.id(), support(1_000_000, Channel.CASH))));

		List<Disbursement> accepted = proposals.stream().filter(Outcome::ok).map(Outcome::value).toList();
		List<UserFacingException> refused = proposals.stream().filter(o -> !o.ok()).map(Outcome::refusal).toList();
		assertThat(accepted).hasSize(10);
		assertThat(refused).hasSize(10).allSatisfy(e -> {
			assertThat(e.status()).isEqualTo(409);
			assertThat(e.messageKey()).isEqualTo("fund.error.notEnoughToPropose");
			assertThat(text(e)).isEqualTo("Quỹ không đủ để đề xuất chi 1.000.000 đ: còn có thể chi 0 đ (số dư 10.000.000 đ, "
					+ "trừ các khoản đã đề xuất, đã duyệt chưa chi).");
		});
		accepted.forEach(d -> a.asAdmin(() -> disbursements.approve(d.id())));

		// Every approved payment twice at once: each is paid once, and the fund pays out exactly what it held.
		List<Outcome<Disbursement>> payments = race(20,
				i -> () -> a.asOfficer(() -> disbursements.pay(accepted.get(i / 2).id(), null)));
		assertThat(payments.stream().filter(Outcome::ok)).hasSize(10);
		assertThat(payments.stream().filter(o -> !o.ok()).map(Outcome::refusal)).hasSize(10)
			.allSatisfy(e -> assertThat(e.status()).isEqualTo(409));
		assertThat(mother.balances(fund.id())).containsEntry(Accounts.CASH, 0L)
			.containsEntry(Accounts.disbursed(SupportKind.HOUSE_REPAIR), 10_000_000L);
		assertThat(mother.entries(fund.id())).isEqualTo(11);
		assertThat(a.asOfficer(() -> mother.funds.verify(fund.id())).ok()).isTrue();
	}

	@Test
	void twentyProposalsOverHttpAcceptExactlyTenAndEachPaymentRacedTwiceIsPaidOnce() {
		Fund fund = mother.fund(a);
		mother.donate(a, fund.id(), null, 10_000_000, OCTOBER, Channel.CASH);
		String token = a.asOfficer(() -> tokens.create("thử đề xuất chi đồng thời"));
		HttpClient http = HttpClient.newHttpClient();

		List<Outcome<HttpResponse<String>>> answers = race(20, i -> () -> http.send(HttpRequest
			.newBuilder(URI.create("http://localhost:" + port + "/api/v1/funds/" + fund.id() + "/disbursements"))
			.header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("""
					{"recipient": "Hộ bà Lê Thị Gọi %d", "kind": "HOUSE_REPAIR", "amount": "1.000.000",
					 "channel": "CASH", "reason": "Sửa nhà sau bão"}""".formatted(i))).build(),
				HttpResponse.BodyHandlers.ofString()));

		assertThat(answers).allMatch(Outcome::ok);
		List<HttpResponse<String>> responses = answers.stream().map(Outcome::value).toList();
		assertThat(responses.stream().filter(r -> r.statusCode() == 201)).hasSize(10)
			.allSatisfy(r -> assertThat(r.body()).contains("\"status\":\"PROPOSED\"").contains("\"amount\":1000000"));
		assertThat(responses.stream().filter(r -> r.statusCode() == 409)).hasSize(10).allSatisfy(r -> assertThat(r.body())
			.contains("Quỹ không đủ để đề xuất chi 1.000.000 đ: còn có thể chi 0 đ (số dư 10.000.000 đ")
			.contains("The fund does not hold enough to propose 1.000.000 đ: 0 đ can still be paid"));
		assertThat(jdbc.sql("select count(*), sum(amount) from fund_disbursement where fund_id = ? and status = 'PROPOSED'")
			.param(fund.id()).query((rs, n) -> List.of(rs.getLong(1), rs.getLong(2))).single())
			.containsExactly(10L, 10_000_000L);

		// Each approved payment posted twice at once over HTTP: ten paid, ten refused, the cash exactly spent.
		List<Long> ids = jdbc.sql("select id from fund_disbursement where fund_id = ? order by id").param(fund.id())
			.query(Long.class).list();
		ids.forEach(id -> a.asAdmin(() -> disbursements.approve(id)));
		List<Outcome<HttpResponse<String>>> payments = race(20, i -> () -> http.send(HttpRequest
			.newBuilder(URI.create("http://localhost:" + port + "/api/v1/disbursements/" + ids.get(i / 2) + "/pay"))
			.header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.noBody()).build(),
				HttpResponse.BodyHandlers.ofString()));
		assertThat(payments).allMatch(Outcome::ok);
		assertThat(payments.stream().filter(o -> o.value().statusCode() == 200)).hasSize(10);
		assertThat(payments.stream().map(Outcome::value).filter(r -> r.statusCode() == 409)).hasSize(10)
			.allSatisfy(r -> assertThat(r.body()).contains("đang ở trạng thái khác"));
		assertThat(mother.balances(fund.id())).containsEntry(Accounts.CASH, 0L)
			.containsEntry(Accounts.disbursed(SupportKind.HOUSE_REPAIR), 10_000_000L);
	}

	@Test
	void paymentsRacingVoidsNeverTakeTheFundBelowWhatItOwes() {
		Fund fund = mother.fund(a);
		List<Donation> gifts = IntStream.range(0, 10)
			.mapToObj(i -> mother.donate(a, fund.id(), null, 1_000_000, OCTOBER, Channel.CASH)).toList();
		List<Disbursement> approved = IntStream.range(0, 6).mapToObj(i -> {
			Disbursement d = a.asOfficer(() -> disbursements.propose(fund.id(), support(1_000_000, Channel.CASH)));
			return a.asAdmin(() -> disbursements.approve(d.id()));
		}).toList();

		// Six payments and ten voids at once: the money kept aside for the approved payments is not voided away.
		List<Outcome<Object>> outcomes = race(16, i -> () -> i < 6
				? a.asOfficer(() -> disbursements.pay(approved.get(i).id(), null))
				: a.asOfficer(() -> donations.voidReceipt(gifts.get(i - 6).id(), "Ghi trùng")));

		assertThat(outcomes.subList(0, 6)).allMatch(Outcome::ok);
		long voided = outcomes.subList(6, 16).stream().filter(Outcome::ok).count();
		outcomes.subList(6, 16).stream().filter(o -> !o.ok()).map(Outcome::refusal)
			.forEach(e -> assertThat(e.messageKey()).isIn("fund.error.notEnoughReserved", "fund.error.notEnough"));
		assertThat(voided).as("only what no approved payment was waiting for").isEqualTo(4);
		assertThat(mother.balance(fund.id(), Accounts.CASH)).isZero();
	}

	@Test
	void receiptNumbersStayGaplessWhenSomeRecordingsFailAfterTakingOne() {
		Fund fund = mother.fund(a);
		a.asAdmin(() -> mother.funds.closePeriod(fund.id(), "2026-09"));
		int threads = 12;
		int each = 8;
		List<Outcome<Donation>> outcomes = race(threads, t -> () -> {
			Donation last = null;
			for (int i = 0; i < each; i++) {
				int n = t * each + i;
				try {
					last = record(fund.id(), n);
				}
				catch (RuntimeException expected) {
					// refused on purpose; the numbers below show none was lost
				}
			}
			return last;
		});
		assertThat(outcomes).allMatch(Outcome::ok);

		long recorded = jdbc.sql("select count(*) from fund_donation where fund_id = ?").param(fund.id())
			.query(Long.class).single();
		assertThat(recorded).as("half of them: a quarter fell in the closed month, a quarter at commit").isEqualTo(48);
		assertThat(mother.serials(fund.id(), 2026)).containsExactlyElementsOf(IntStream.rangeClosed(1, 48).boxed().toList());
		assertThat(jdbc.sql("select count(distinct receipt_number) from fund_donation where fund_id = ?")
			.param(fund.id()).query(Long.class).single()).isEqualTo(48);
		assertThat(jdbc.sql("select last_serial from fund_receipt_series where fund_id = ? and year = 2026")
			.param(fund.id()).query(Integer.class).single()).isEqualTo(48);
		assertThat(mother.entries(fund.id())).isEqualTo(48);
		assertThat(a.asOfficer(() -> mother.funds.verify(fund.id())).ok()).isTrue();
	}

	/** Records donation n: a good one, one dated in the closed month, or one whose transaction the database refuses at commit. */
	private Donation record(long fundId, int n) {
		return switch (n % 4) {
			case 0, 1 -> mother.donate(a, fundId, null, 100_000 + n, OCTOBER.plusDays(n % 40), Channel.CASH);
			case 2 -> mother.donate(a, fundId, null, 100_000 + n, LocalDate.of(2026, 9, 1 + n % 30), Channel.BANK);
			default -> transactions.execute(tx -> {
				Donation donation = mother.donate(a, fundId, null, 100_000 + n, OCTOBER, Channel.CASH);
				long entry = jdbc.sql("""
						insert into fund_entry (fund_id, seq, posted_on, kind, memo, created_by, prev_hash, hash)
						values (?, 100000 + ?, ?, 'HAND', 'lệch', 'tay', '', '') returning id""")
					.params(fundId, n, OCTOBER).query(Long.class).single();
				jdbc.sql("insert into fund_entry_line (entry_id, line_no, account_id, debit) values (?, 1, ?, 1)")
					.params(entry, jdbc.sql("select id from fund_account where fund_id = ? and code = 'CASH'").param(fundId)
						.query(Long.class).single())
					.update();
				return donation;
			});
		};
	}

	@Test
	void anImportedRowRecordedTwiceAtOnceIsOneDonation() {
		Fund fund = mother.fund(a);
		List<Outcome<Donation>> outcomes = race(8, i -> () -> {
			DonationDraft draft = new DonationDraft(null, null, DonorKind.AGENCY, "Trường tiểu học An Lão", null, null,
					250_000L + i / 2, OCTOBER, Channel.BANK, null, null, null, null, "import:thu:" + fund.id() + ":row:" + i / 2);
			return a.asOfficer(() -> donations.record(fund.id(), draft));
		});
		assertThat(outcomes).allMatch(Outcome::ok);
		for (int row = 0; row < 4; row++) {
			assertThat(outcomes.get(2 * row).value().id()).isEqualTo(outcomes.get(2 * row + 1).value().id());
		}
		assertThat(mother.serials(fund.id(), 2026)).containsExactly(1, 2, 3, 4);
		assertThat(mother.balance(fund.id(), Accounts.BANK)).isEqualTo(250_000 + 250_001 + 250_002 + 250_003);
	}

	@Test
	void aReceiptVoidedByTwoOfficersAtOnceIsReversedOnce() {
		Fund fund = mother.fund(a);
		Donation donation = mother.donate(a, fund.id(), null, 3_000_000, OCTOBER, Channel.CASH);
		List<Outcome<Donation>> outcomes = race(4,
				i -> () -> a.asOfficer(() -> donations.voidReceipt(donation.id(), "Ghi nhầm người ủng hộ")));
		assertThat(outcomes.stream().filter(Outcome::ok)).hasSize(1);
		assertThat(outcomes.stream().filter(o -> !o.ok()).map(Outcome::refusal)).hasSize(3)
			.allSatisfy(e -> assertThat(e.status()).isEqualTo(409));
		assertThat(jdbc.sql("select count(*) from fund_entry where reverses = ?").param(donation.entryId())
			.query(Long.class).single()).isEqualTo(1);
		assertThat(mother.balance(fund.id(), Accounts.CASH)).isZero();
	}

	@Test
	void transfersConfirmedAtOnceArePostedOnceAndCrossingOnesDoNotDeadlock() {
		Fund here = mother.fund(a);
		Fund there = mother.fund(b);
		mother.donate(a, here.id(), null, 50_000_000, OCTOBER, Channel.BANK);
		mother.donate(b, there.id(), null, 50_000_000, OCTOBER, Channel.BANK);
		Transfer once = a.asOfficer(() -> transfers.send(here.id(), there.id(), 5_000_000L, OCTOBER, "Hỗ trợ xã bạn", null));
		List<Outcome<Transfer>> confirms = race(4, i -> () -> b.asOfficer(() -> transfers.confirm(once.id(), null)));
		assertThat(confirms.stream().filter(Outcome::ok)).hasSize(1);
		assertThat(confirms.stream().filter(o -> !o.ok()).map(Outcome::refusal)).hasSize(3)
			.allSatisfy(e -> assertThat(e.messageKey()).isEqualTo("fund.error.transferConfirmed"));
		assertThat(mother.balance(there.id(), Accounts.BANK)).isEqualTo(55_000_000);

		List<Transfer> ab = new ArrayList<>();
		List<Transfer> ba = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			ab.add(a.asOfficer(() -> transfers.send(here.id(), there.id(), 1_000_000L, OCTOBER, "Đi", null)));
			ba.add(b.asOfficer(() -> transfers.send(there.id(), here.id(), 1_000_000L, OCTOBER, "Về", null)));
		}
		List<Outcome<Transfer>> crossing = race(16, i -> () -> i % 2 == 0
				? b.asOfficer(() -> transfers.confirm(ab.get(i / 2).id(), null))
				: a.asOfficer(() -> transfers.confirm(ba.get(i / 2).id(), null)));
		assertThat(crossing).allMatch(Outcome::ok);
		assertThat(mother.balances(here.id())).containsEntry(Accounts.BANK, 45_000_000L).containsEntry(Accounts.IN_TRANSIT, 0L);
		assertThat(mother.balances(there.id())).containsEntry(Accounts.BANK, 55_000_000L).containsEntry(Accounts.IN_TRANSIT, 0L);
	}

	@Test
	void theChainVerifiesWhileOfficersKeepPosting() {
		Fund fund = mother.fund(a);
		mother.donate(a, fund.id(), null, 1_000_000, OCTOBER, Channel.CASH);
		List<Outcome<List<LedgerCheck>>> outcomes = race(6, t -> () -> {
			List<LedgerCheck> checks = new ArrayList<>();
			for (int i = 0; i < 15; i++) {
				if (t < 3) {
					mother.donate(a, fund.id(), null, 100_000 + i, OCTOBER, Channel.BANK);
				}
				else {
					checks.add(a.asOfficer(() -> mother.funds.verify(fund.id())));
				}
			}
			return checks;
		});
		assertThat(outcomes).allMatch(Outcome::ok);
		assertThat(outcomes.stream().flatMap(o -> o.value().stream())).hasSize(45)
			.allSatisfy(check -> assertThat(check.ok()).as("a check taken while entries are posted: %s", check).isTrue());
		assertThat(a.asOfficer(() -> mother.funds.verify(fund.id())).entries()).isEqualTo(46);
	}

	/** Runs {@code n} calls at once (released together by a gate) and collects each one's outcome in order. */
	private <T> List<Outcome<T>> race(int n, IntFunction<Callable<T>> call) {
		ExecutorService pool = Executors.newFixedThreadPool(n);
		CountDownLatch gate = new CountDownLatch(1);
		try {
			List<Future<T>> futures = new ArrayList<>();
			for (int i = 0; i < n; i++) {
				Callable<T> work = call.apply(i);
				futures.add(pool.submit(() -> {
					gate.await();
					return work.call();
				}));
			}
			gate.countDown();
			List<Outcome<T>> outcomes = new ArrayList<>();
			for (Future<T> future : futures) {
				try {
					outcomes.add(new Outcome<>(future.get(2, TimeUnit.MINUTES), null));
				}
				catch (ExecutionException e) {
					outcomes.add(new Outcome<>(null, e.getCause()));
				}
			}
			return outcomes;
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
		finally {
			pool.shutdownNow();
		}
	}

	private String text(UserFacingException e) {
		return messages.getMessage(e.messageKey(), e.args(), VIETNAMESE);
	}
}
