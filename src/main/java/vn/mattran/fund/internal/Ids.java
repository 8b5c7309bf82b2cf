package vn.mattran.fund.internal;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Identity values taken ahead of a multi-row insert, so that each row's id is known before it is written. */
final class Ids {

	private Ids() {
	}

	/** {@code count} new ids of the table's identity column, in the order they were taken. */
	static Long[] take(JdbcClient jdbc, String table, int count) {
		if (count == 0) {
			return new Long[0];
		}
		return jdbc.sql("select nextval(pg_get_serial_sequence(:table, 'id')) from generate_series(1, :count) order by 1")
			.param("table", table).param("count", count).query(Long.class).list().toArray(Long[]::new);
	}
}
