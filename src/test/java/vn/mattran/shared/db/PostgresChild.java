package vn.mattran.shared.db;

import java.nio.file.Path;
import java.sql.DriverManager;

/**
 * Run in a separate JVM by {@link EmbeddedPostgresRecoveryTests}: starts the embedded server on a
 * data directory, writes a row, says READY and waits to be killed like a crashed application.
 */
public final class PostgresChild {

	public static void main(String[] args) throws Exception {
		EmbeddedPostgresServer server = EmbeddedPostgresServer.start(Path.of(args[0]));
		try (var connection = DriverManager.getConnection(server.jdbcUrl());
				var statement = connection.createStatement()) {
			statement.execute("create table if not exists survivor (note text)");
			statement.execute("insert into survivor values ('written before kill -9')");
		}
		System.out.println("READY " + server.port());
		System.out.flush();
		Thread.sleep(600_000);
	}
}
