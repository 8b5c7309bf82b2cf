package vn.mattran.documents.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Numbers of the registers (Decree 30/2020, Art. 15 and 22): per body and calendar year, from 1, in
 * the order documents are issued or received. The counter row stays locked until the issuing
 * transaction ends, so concurrent issues queue up, and a failed issue gives its number back: no gaps.
 */
@Component
public class Registers {

	public enum Direction {
		OUT, IN
	}

	private final JdbcClient jdbc;

	Registers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public int next(long bodyId, int year, Direction direction) {
		return jdbc.sql("""
				insert into doc_register (body_id, year, direction, last_number) values (:body, :year, :direction, 1)
				on conflict (body_id, year, direction) do update set last_number = doc_register.last_number + 1
				returning last_number
				""")
			.param("body", bodyId)
			.param("year", year)
			.param("direction", direction.name())
			.query(Integer.class)
			.single();
	}

	/** The last number given (0 when none), locking the counter until the transaction ends. */
	@Transactional(propagation = Propagation.MANDATORY)
	public int last(long bodyId, int year, Direction direction) {
		jdbc.sql("""
				insert into doc_register (body_id, year, direction, last_number) values (:body, :year, :direction, 0)
				on conflict (body_id, year, direction) do nothing
				""")
			.param("body", bodyId)
			.param("year", year)
			.param("direction", direction.name())
			.update();
		return jdbc.sql("select last_number from doc_register where body_id = :body and year = :year and direction = :direction for update")
			.param("body", bodyId)
			.param("year", year)
			.param("direction", direction.name())
			.query(Integer.class)
			.single();
	}

	/** A number given outside the platform (an older paper register): later numbers continue after it. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void taken(long bodyId, int year, Direction direction, int number) {
		jdbc.sql("""
				insert into doc_register (body_id, year, direction, last_number) values (:body, :year, :direction, :number)
				on conflict (body_id, year, direction)
				do update set last_number = greatest(doc_register.last_number, :number)
				""")
			.param("body", bodyId)
			.param("year", year)
			.param("direction", direction.name())
			.param("number", number)
			.update();
	}
}
