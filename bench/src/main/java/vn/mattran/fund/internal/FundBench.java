package vn.mattran.fund.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import vn.mattran.MattranApplication;

/**
 * The fund at national scale, side by side in one run: (a) bulk posting of donations through the real code path
 * against {@code COPY} of the same rows into the same table ({@link BulkPosting}), and (b) progress against target for
 * every unit of a national tree from the running totals against the naive {@code GROUP BY} over the raw donations
 * ({@link ProgressBench}).
 *
 * <p>Starts the real application on its own throw-away embedded PostgreSQL 17 (official unit lists, no demo data), as
 * the household benchmark does. Sizes are system properties: {@code bench.donations} (a), {@code bench.units} and
 * {@code bench.rawDonations} (b); {@code bench.fundParts} chooses {@code bulk}, {@code progress} or both.
 */
public final class FundBench {

	private FundBench() {
	}

	public static void main(String[] args) throws Exception {
		int donations = Integer.getInteger("bench.donations", 1_000_000);
		int batch = Integer.getInteger("bench.batch", 1_000);
		int chunk = Integer.getInteger("bench.chunk", 50_000);
		int singleEvery = Integer.getInteger("bench.singleEvery", 50);
		int units = Integer.getInteger("bench.units", 100_000);
		long rawDonations = Long.getLong("bench.rawDonations", 10_000_000L);
		int warmup = Integer.getInteger("bench.progressWarmup", 1);
		int rounds = Integer.getInteger("bench.progressRounds", 5);
		long seed = Long.getLong("bench.seed", 2025);
		Set<String> parts = Set.of(System.getProperty("bench.fundParts", "bulk,progress").split("\\s*,\\s*"));

		SpringApplication application = new SpringApplication(MattranApplication.class);
		application.setRegisterShutdownHook(true);
		String[] properties = { "--mattran.database.ephemeral=true", "--mattran.database.url=",
				"--mattran.setup.demo=false", "--mattran.setup.admin-password=Bench-" + UUID.randomUUID(),
				"--server.port=0", "--spring.main.banner-mode=off", "--logging.level.root=WARN",
				"--logging.level.vn.mattran=WARN" };
		long started = System.nanoTime();
		try (ConfigurableApplicationContext context = application.run(properties)) {
			System.out.printf(Locale.ROOT, "Application started in %.1f s; PostgreSQL %s, %d CPUs, JVM %s%n",
					(System.nanoTime() - started) / 1e9, version(context.getBean(DataSource.class)),
					Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
			if (parts.contains("bulk")) {
				new BulkPosting(context, donations, batch, chunk, singleEvery, seed).run();
			}
			if (parts.contains("progress")) {
				new ProgressBench(context, units, rawDonations, warmup, rounds, seed).run();
			}
		}
		System.out.printf(Locale.ROOT, "%nFund benchmark done in %.1f min%n", (System.nanoTime() - started) / 60e9);
	}

	private static String version(DataSource dataSource) throws Exception {
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery("show server_version")) {
			rs.next();
			return rs.getString(1);
		}
	}
}
