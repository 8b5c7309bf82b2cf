package vn.mattran.fund;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.BeforeProperty;
import net.jqwik.api.statistics.Statistics;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestContextManager;
import vn.mattran.IntegrationTest;
import vn.mattran.fund.FundMother.Commune;
import vn.mattran.fund.internal.Pledges;
import vn.mattran.fund.internal.Transfers;
import vn.mattran.shared.error.UserFacingException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random sequences of what officers do to two communes' funds — donations by any channel, on any
 * day of 2026, in the drive or not; pledges and their fulfilment; support proposed, approved,
 * rejected and paid; receipts voided; transfers sent and confirmed both ways; months closed — keep
 * every rule of {@link FundInvariants} after every step, and each step is accepted or refused
 * exactly when the books say it should be (never with a server error).
 *
 * <p>jqwik's own {@code @Property}, with Spring brought in by hand: jqwik is a JUnit Platform engine
 * of its own, so Jupiter's SpringExtension does not run for it; rather than another module
 * (jqwik-spring) a {@link TestContextManager} for this class, annotated like every integration test,
 * injects the services from the same cached application context and embedded database the Jupiter
 * tests use. Each try works on two new funds, so tries (and shrinking) do not see each other's
 * books. Forty tries of 20 to 50 steps take some ten seconds once the application runs (150 tries,
 * over 4,000 steps, passed in half a minute).
 */
@IntegrationTest
class FundPropertyTests {

	@Autowired
	ApplicationContext context;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	Pledges pledges;
	@Autowired
	Transfers transfers;

	FundMother mother;
	FundInvariants invariants;

	@BeforeProperty
	void spring() throws Exception {
		new TestContextManager(getClass()).prepareTestInstance(this);
		mother = new FundMother(context);
		invariants = new FundInvariants(jdbc);
	}

	@Property(tries = 40, shrinking = ShrinkingMode.BOUNDED)
	void anySequenceOfOperationsKeepsTheBooksRight(@ForAll("sequences") List<Step> steps) {
		Books books = new Books(mother, jdbc, pledges, transfers);
		for (Step step : steps) {
			Boolean refusedWhen = step.refusedWhen(books);
			String outcome;
			try {
				step.run(books);
				outcome = "done";
			}
			catch (UserFacingException e) {
				assertThat(e.status()).as("%s refused: %s", step, e.messageKey()).isBetween(400, 499);
				outcome = "refused";
			}
			Statistics.label("steps").collect(step.getClass().getSimpleName(), outcome);
			if (refusedWhen != null) {
				assertThat(outcome).as("%s after %s", step, books.log).isEqualTo(refusedWhen ? "refused" : "done");
			}
			books.log.add(step + " " + outcome);
			for (Fund fund : List.of(books.here, books.there)) {
				assertThat(invariants.broken(fund.id(), books.verify(fund))).as("after %s", books.log).isEmpty();
			}
		}
	}

	@Provide
	Arbitrary<List<Step>> sequences() {
		Arbitrary<Boolean> side = Arbitraries.of(true, false);
		Arbitrary<Long> amount = Arbitraries.longs().between(1, 60).map(n -> n * 100_000);
		Arbitrary<Long> smaller = Arbitraries.longs().between(1, 20).map(n -> n * 100_000);
		Arbitrary<Integer> day = Arbitraries.integers().between(0, 400);
		Arbitrary<Integer> pick = Arbitraries.integers().between(0, 1000);
		Arbitrary<Step> step = Arbitraries.frequencyOf(
				Tuple.of(8, Combinators.combine(side, Arbitraries.of(Channel.class), amount, side, day).as(Donate::new)),
				Tuple.of(2, Combinators.combine(side, amount, day, Arbitraries.integers().between(0, 90)).as(Pledge::new)),
				Tuple.of(2, Combinators.combine(pick, Arbitraries.integers().between(1, 100), day,
						Arbitraries.of(Channel.CASH, Channel.BANK)).as(Fulfil::new)),
				Tuple.of(4, Combinators.combine(side, Arbitraries.of(Channel.class), smaller).as(Propose::new)),
				Tuple.of(3, pick.map(Approve::new)),
				Tuple.of(1, pick.map(Reject::new)),
				Tuple.of(3, pick.map(Pay::new)),
				Tuple.of(3, pick.map(VoidReceipt::new)),
				Tuple.of(3, Combinators.combine(side, smaller, day).as(Send::new)),
				Tuple.of(2, Combinators.combine(pick, day).as(Confirm::new)),
				Tuple.of(1, Combinators.combine(side, Arbitraries.integers().between(1, 10)).as(Close::new)));
		return step.list().ofMinSize(20).ofMaxSize(50);
	}

	/** One thing an officer does; {@link #refusedWhen} says from the books whether it must be refused (null: no opinion). */
	interface Step {

		void run(Books books);

		default Boolean refusedWhen(Books books) {
			return null;
		}
	}

	record Donate(boolean there, Channel channel, long amount, boolean inDrive, int day) implements Step {

		public void run(Books books) {
			books.commune(there).asOfficer(() -> books.mother.donations.record(books.fund(there).id(),
					FundMother.gift(inDrive ? books.drive(there) : null, amount, books.day(day), channel)));
		}

		public Boolean refusedWhen(Books books) {
			return books.closed(there, books.day(day));
		}
	}

	record Pledge(boolean there, long amount, int day, int dueIn) implements Step {

		public void run(Books books) {
			LocalDate on = books.day(day);
			books.commune(there).asOfficer(() -> books.pledges.pledge(books.fund(there).id(),
					FundMother.gift(books.drive(there), amount, on, Channel.CASH), on.plusDays(dueIn)));
		}

		public Boolean refusedWhen(Books books) {
			return books.closed(there, books.day(day));
		}
	}

	record Fulfil(int pick, int percent, int day, Channel channel) implements Step {

		public void run(Books books) {
			Books.Open pledge = books.pledge(pick);
			if (pledge == null) {
				return;
			}
			long amount = Math.max(1, pledge.remaining() * percent / 100);
			books.commune(pledge.there()).asOfficer(() -> books.mother.donations.record(pledge.fundId(),
					new DonationDraft(pledge.driveId(), pledge.donorId(), null, null, null, null, amount, books.day(day),
							channel, null, null, "Thực hiện cam kết", pledge.id(), null)));
		}

		public Boolean refusedWhen(Books books) {
			Books.Open pledge = books.pledge(pick);
			return pledge == null ? Boolean.FALSE : books.closed(pledge.there(), books.day(day));
		}
	}

	record Propose(boolean there, Channel channel, long amount) implements Step {

		public void run(Books books) {
			books.commune(there).asOfficer(() -> books.mother.disbursements.propose(books.fund(there).id(),
					FundMother.support(amount, channel)));
		}

		public Boolean refusedWhen(Books books) {
			return amount > books.available(books.fund(there).id(), channel);
		}
	}

	record Approve(int pick) implements Step {

		public void run(Books books) {
			books.onDisbursement(pick, (commune, d) -> commune.asAdmin(() -> books.mother.disbursements.approve(d.id())));
		}

		public Boolean refusedWhen(Books books) {
			Disbursement d = books.disbursement(pick);
			return d != null && d.status() != DisbursementStatus.PROPOSED;
		}
	}

	record Reject(int pick) implements Step {

		public void run(Books books) {
			books.onDisbursement(pick,
					(commune, d) -> commune.asAdmin(() -> books.mother.disbursements.reject(d.id(), "Không đúng đối tượng")));
		}

		public Boolean refusedWhen(Books books) {
			Disbursement d = books.disbursement(pick);
			return d != null && !d.status().reserves();
		}
	}

	record Pay(int pick) implements Step {

		public void run(Books books) {
			books.onDisbursement(pick, (commune, d) -> commune.asOfficer(() -> books.mother.disbursements.pay(d.id(), null)));
		}

		public Boolean refusedWhen(Books books) {
			Disbursement d = books.disbursement(pick);
			return d != null && d.status() != DisbursementStatus.APPROVED;
		}
	}

	record VoidReceipt(int pick) implements Step {

		public void run(Books books) {
			Donation donation = books.donation(pick);
			if (donation != null) {
				books.communeOf(donation.fundId()).asOfficer(() -> books.mother.donations.voidReceipt(donation.id(),
						"Ghi nhầm"));
			}
		}

		public Boolean refusedWhen(Books books) {
			Donation donation = books.donation(pick);
			if (donation == null) {
				return false;
			}
			return donation.voided() || donation.amount() > books.available(donation.fundId(), donation.channel());
		}
	}

	record Send(boolean fromThere, long amount, int day) implements Step {

		public void run(Books books) {
			books.commune(fromThere).asOfficer(() -> books.transfers.send(books.fund(fromThere).id(),
					books.fund(!fromThere).id(), amount, books.day(day), "Điều chuyển hỗ trợ", null));
		}

		public Boolean refusedWhen(Books books) {
			return books.closed(fromThere, books.day(day))
					|| amount > books.available(books.fund(fromThere).id(), Channel.BANK);
		}
	}

	record Confirm(int pick, int day) implements Step {

		public void run(Books books) {
			Transfer transfer = books.transfer(pick);
			if (transfer != null) {
				books.communeOf(transfer.toFundId()).asOfficer(() -> books.transfers.confirm(transfer.id(),
						books.receivedOn(transfer, day)));
			}
		}

		public Boolean refusedWhen(Books books) {
			Transfer transfer = books.transfer(pick);
			if (transfer == null) {
				return false;
			}
			LocalDate on = books.receivedOn(transfer, day);
			return transfer.confirmed() || books.closed(transfer.fromFundId() == books.there.id(), on)
					|| books.closed(transfer.toFundId() == books.there.id(), on);
		}
	}

	record Close(boolean there, int month) implements Step {

		public void run(Books books) {
			books.commune(there).asAdmin(() -> books.mother.funds.closePeriod(books.fund(there).id(), "2026-%02d".formatted(month)));
		}

		public Boolean refusedWhen(Books books) {
			return books.closed(there, YearMonth.of(2026, month).atEndOfMonth());
		}
	}
}
