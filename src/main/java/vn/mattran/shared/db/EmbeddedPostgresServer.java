package vn.mattran.shared.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.FileSystemUtils;

/**
 * The PostgreSQL 17 server the application runs for itself when no external database is
 * configured: the same engine as production, its cluster kept under {@code <dataDir>/postgres}.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

	public static final String USER = "postgres";
	public static final String DATABASE = "mattran";
	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

	private final EmbeddedPostgres postgres;
	private final Path cluster;

	private EmbeddedPostgresServer(EmbeddedPostgres postgres, Path cluster) {
		this.postgres = postgres;
		this.cluster = cluster;
	}

	/** Starts (and on first use creates) the cluster under {@code dataDir}; recovers from an unclean stop. */
	public static EmbeddedPostgresServer start(Path dataDir) throws IOException {
		Path cluster = dataDir.resolve("postgres");
		Files.createDirectories(dataDir);
		Path initializing = dataDir.resolve("postgres.initializing");
		discardUnfinishedInit(cluster, initializing);
		PostmasterRecovery.prepare(cluster);
		if (!Files.exists(cluster.resolve("PG_VERSION"))) {
			if (Files.isDirectory(cluster) && !isEmpty(cluster)) {
				throw new IllegalStateException(cluster + " exists but holds no PostgreSQL cluster;"
						+ " set MATTRAN_DATA_DIR to a directory of its own.");
			}
			Files.writeString(initializing, "mattran is creating the database cluster in " + cluster);
		}
		log.info("Starting embedded PostgreSQL with data in {}", cluster);
		EmbeddedPostgres postgres = builder(cluster, false).start();
		EmbeddedPostgresServer server = ready(postgres, cluster);
		Files.deleteIfExists(initializing);
		return server;
	}

	/** A throw-away cluster in a temporary directory, removed on close (tests). */
	public static EmbeddedPostgresServer startEphemeral() throws IOException {
		Path cluster = Files.createTempDirectory("mattran-pg");
		return ready(builder(cluster, true).start(), cluster);
	}

	private static EmbeddedPostgres.Builder builder(Path cluster, boolean ephemeral) {
		return EmbeddedPostgres.builder()
				.setDataDirectory(cluster)
				.setCleanDataDirectory(ephemeral)
				.setLocaleConfig("locale", "C")
				.setServerConfig("listen_addresses", "localhost")
				// zonky starts postgres with -F (no fsync), fine for tests; real data must reach the disk.
				.setServerConfig("fsync", ephemeral ? "off" : "on")
				.setServerConfig("synchronous_commit", ephemeral ? "off" : "on")
				.setServerConfig("max_connections", "100")
				.setPGStartupWait(Duration.ofSeconds(120));
	}

	private static EmbeddedPostgresServer ready(EmbeddedPostgres postgres, Path cluster) {
		try (Connection connection = postgres.getPostgresDatabase().getConnection();
				var exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
			exists.setString(1, DATABASE);
			if (!exists.executeQuery().next()) {
				try (var create = connection.createStatement()) {
					create.execute("create database " + DATABASE + " encoding 'UTF8'");
				}
			}
		}
		catch (SQLException e) {
			throw new IllegalStateException("Could not prepare the embedded database " + DATABASE, e);
		}
		return new EmbeddedPostgresServer(postgres, cluster);
	}

	/**
	 * What a first start interrupted during initdb leaves (our marker beside a cluster that is not
	 * complete) holds no data: start over. Without the marker a directory is never deleted.
	 */
	private static void discardUnfinishedInit(Path cluster, Path initializing) throws IOException {
		boolean complete = Files.exists(cluster.resolve("PG_VERSION")) && Files.exists(cluster.resolve("postgresql.conf"));
		if (Files.exists(initializing) && Files.isDirectory(cluster) && !complete) {
			log.warn("{} holds an unfinished database initialisation; creating it again", cluster);
			FileSystemUtils.deleteRecursively(cluster);
		}
	}

	private static boolean isEmpty(Path directory) throws IOException {
		try (var entries = Files.list(directory)) {
			return entries.findAny().isEmpty();
		}
	}

	public String jdbcUrl() {
		return postgres.getJdbcUrl(USER, DATABASE);
	}

	public int port() {
		return postgres.getPort();
	}

	public Path cluster() {
		return cluster;
	}

	@Override
	public void close() {
		try {
			postgres.close();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
