package vn.mattran.fund.internal;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Rows streamed into one {@code COPY ... FROM STDIN (FORMAT csv)}, a megabyte at a time, so ten million rows never sit
 * in memory at once. Fields are written as they come; {@link #text} quotes, {@link #nul} leaves a field NULL.
 */
final class CopyStream implements AutoCloseable {

	private static final int FLUSH_AT = 1 << 20;

	private final CopyIn copy;
	private final StringBuilder buffer = new StringBuilder(FLUSH_AT + 4096);
	private boolean first = true;
	private long rows;

	CopyStream(Connection connection, String table, String columns) throws SQLException {
		this.copy = connection.unwrap(PGConnection.class).getCopyAPI()
			.copyIn("copy " + table + " (" + columns + ") from stdin with (format csv)");
	}

	CopyStream field(Object value) {
		separate();
		if (value != null) {
			buffer.append(value);
		}
		return this;
	}

	CopyStream text(String value) {
		separate();
		if (value != null) {
			buffer.append('"').append(value.replace("\"", "\"\"")).append('"');
		}
		return this;
	}

	CopyStream nul() {
		separate();
		return this;
	}

	void end() throws SQLException {
		buffer.append('\n');
		first = true;
		rows++;
		if (buffer.length() >= FLUSH_AT) {
			flush();
		}
	}

	long rows() {
		return rows;
	}

	private void separate() {
		if (!first) {
			buffer.append(',');
		}
		first = false;
	}

	private void flush() throws SQLException {
		byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
		copy.writeToCopy(bytes, 0, bytes.length);
		buffer.setLength(0);
	}

	/** Sends what is left and ends the COPY; returns the rows PostgreSQL says it took. */
	@Override
	public void close() throws SQLException {
		if (!copy.isActive()) {
			return;
		}
		flush();
		long taken = copy.endCopy();
		if (taken != rows) {
			throw new IllegalStateException("COPY took " + taken + " rows of " + rows);
		}
	}
}
