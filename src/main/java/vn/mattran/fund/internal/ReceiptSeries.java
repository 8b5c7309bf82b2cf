package vn.mattran.fund.internal;

import java.util.List;
import java.util.stream.IntStream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Receipt numbers per fund and year, without gaps or reuse: the counter row is taken in the
 * transaction that records the donation, so concurrent entries wait for each other and a rollback
 * gives the number back. A voided receipt keeps its number.
 */
@Component
class ReceiptSeries {

	private final JdbcClient jdbc;

	ReceiptSeries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record Number(int year, int serial) {

		/** "000123/2024": the serial within the year, as the receipt book prints it. */
		String text() {
			return "%06d/%d".formatted(serial, year);
		}
	}

	@Transactional(propagation = Propagation.MANDATORY)
	Number next(long fundId, int year) {
		int serial = jdbc.sql("""
				insert into fund_receipt_series (fund_id, year, last_serial) values (:fund, :year, 1)
				on conflict (fund_id, year) do update set last_serial = fund_receipt_series.last_serial + 1
				returning last_serial
				""").param("fund", fundId).param("year", year).query(Integer.class).single();
		return new Number(year, serial);
	}

	/** The next {@code count} numbers of the fund's year at once, in order. */
	@Transactional(propagation = Propagation.MANDATORY)
	List<Number> next(long fundId, int year, int count) {
		int last = jdbc.sql("""
				insert into fund_receipt_series (fund_id, year, last_serial) values (:fund, :year, :count)
				on conflict (fund_id, year) do update set last_serial = fund_receipt_series.last_serial + :count
				returning last_serial
				""").param("fund", fundId).param("year", year).param("count", count).query(Integer.class).single();
		return IntStream.rangeClosed(last - count + 1, last).mapToObj(serial -> new Number(year, serial)).toList();
	}
}
