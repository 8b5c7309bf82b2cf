package vn.mattran.shared.db;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The embedded database survives the ways an application really stops: kill -9, a stale lock, a second start. */
class EmbeddedPostgresRecoveryTests {

	@TempDir
	Path dataDir;

	@Test
	void startsAfterTheApplicationWasKilledAndKeepsItsData() throws Exception {
		Process child = startChild();
		long orphan = readyPostmasterPid(child);
		child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
		assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive)).as("PostgreSQL outlives a killed JVM")
			.contains(true);

		try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDir)) {
			assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive).orElse(false)).isFalse();
			try (var connection = DriverManager.getConnection(server.jdbcUrl());
					var rows = connection.createStatement().executeQuery("select note from survivor")) {
				assertThat(rows.next()).isTrue();
				assertThat(rows.getString(1)).isEqualTo("written before kill -9");
			}
		}
	}

	@Test
	void removesAStaleLockOfAServerThatIsGone() throws Exception {
		try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDir)) {
			assertThat(server.port()).isPositive();
		}
		Path pidFile = dataDir.resolve("postgres/postmaster.pid");
		Files.writeString(pidFile, "999999\n" + dataDir.resolve("postgres") + "\n1700000000\n5432\n",
				StandardCharsets.UTF_8);
		try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDir);
				var connection = DriverManager.getConnection(server.jdbcUrl())) {
			assertThat(connection.isValid(5)).isTrue();
		}
	}

	@Test
	void refusesADataDirectoryAnotherRunningInstanceUses() throws Exception {
		try (EmbeddedPostgresServer first = EmbeddedPostgresServer.start(dataDir)) {
			assertThatThrownBy(() -> EmbeddedPostgresServer.start(dataDir))
				.isInstanceOf(IllegalStateException.class)
				.hasMessageContaining("in use by another running mattran");
			try (var connection = DriverManager.getConnection(first.jdbcUrl())) {
				assertThat(connection.isValid(5)).as("the running instance is left alone").isTrue();
			}
		}
	}

	@Test
	void leavesAnotherPostgresAloneWhenAStaleLockNamesItsPid(@TempDir Path elsewhere) throws Exception {
		try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDir)) {
			assertThat(server.port()).isPositive();
		}
		try (EmbeddedPostgresServer stranger = EmbeddedPostgresServer.start(elsewhere)) {
			String strangerPid = Files.readAllLines(elsewhere.resolve("postgres/postmaster.pid")).get(0);
			Files.writeString(dataDir.resolve("postgres/postmaster.pid"), strangerPid + "\n" + dataDir.resolve("postgres")
					+ "\n1700000000\n5432\n", StandardCharsets.UTF_8);
			try (EmbeddedPostgresServer mine = EmbeddedPostgresServer.start(dataDir);
					var connection = DriverManager.getConnection(stranger.jdbcUrl())) {
				assertThat(connection.isValid(5)).as("the other server still runs").isTrue();
				assertThat(mine.port()).isNotEqualTo(stranger.port());
			}
		}
	}

	@Test
	void refusesADirectoryThatHoldsSomethingElseAndTouchesNothing() throws Exception {
		Path foreign = Files.createDirectories(dataDir.resolve("postgres"));
		Files.writeString(foreign.resolve("notes.txt"), "not a database");
		assertThatThrownBy(() -> EmbeddedPostgresServer.start(dataDir)).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("holds no PostgreSQL cluster");
		assertThatThrownBy(() -> EmbeddedPostgresServer.start(dataDir)).isInstanceOf(IllegalStateException.class);
		assertThat(Files.readString(foreign.resolve("notes.txt"))).isEqualTo("not a database");
	}

	private Process startChild() throws Exception {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), PostgresChild.class.getName(),
				dataDir.toString())
			.redirectErrorStream(true)
			.start();
	}

	private long readyPostmasterPid(Process child) throws Exception {
		BufferedReader output = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
		String line;
		while ((line = output.readLine()) != null && System.nanoTime() < deadline) {
			if (line.startsWith("READY")) {
				String pid = Files.readAllLines(dataDir.resolve("postgres/postmaster.pid")).get(0).strip();
				return Long.parseLong(pid);
			}
		}
		throw new AssertionError("The child never started its database");
	}
}
