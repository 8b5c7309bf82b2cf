package vn.mattran;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.mattran.organization.UnitLevel;
import vn.mattran.organization.internal.units.UnitDraft;
import vn.mattran.organization.internal.units.UnitService;
import vn.mattran.shared.security.SystemUser;

import static org.assertj.core.api.Assertions.assertThat;

/** The application as a user starts it twice on the same data directory: the second start finds everything. */
@ExtendWith(OutputCaptureExtension.class)
class RestartTests {

	@TempDir
	Path dataDir;

	@Test
	void secondStartFindsTheSameDataAndLoadsNothingTwice(CapturedOutput output) throws Exception {
		long unitsAfterFirstStart;
		try (ConfigurableApplicationContext app = start()) {
			assertThat(output.getOut()).containsOnlyOnce("Tên đăng nhập / user name : admin");
			UnitService units = app.getBean(UnitService.class);
			SystemUser.run(() -> units.create(new UnitDraft(units.byCode("00256", LocalDate.of(2024, 10, 1)).id(),
					null, "Tổ dân phố số 10", null, UnitLevel.RESIDENTIAL, null, null, "thêm trước khi khởi động lại")));
			unitsAfterFirstStart = count(app, "select count(*) from org_unit");
			assertThat(app.getBean(JdbcClient.class).sql("select current_setting('fsync') || current_setting('synchronous_commit')")
				.query(String.class).single()).as("a persistent cluster writes through to the disk").isEqualTo("onon");
			assertThat(count(app, "select count(*) from org_user where username = 'admin' and must_change_password"))
				.as("the generated admin password must be changed at first login").isEqualTo(1);
		}
		try (ConfigurableApplicationContext app = start()) {
			assertThat(count(app, "select count(*) from org_unit")).isEqualTo(unitsAfterFirstStart);
			assertThat(count(app, "select count(*) from org_unit where name = 'Tổ dân phố số 10'")).isEqualTo(1);
			assertThat(count(app, "select count(*) from org_user where username = 'admin'")).isEqualTo(1);
			assertThat(output.getOut()).as("the admin's password is printed once, on the first start only")
				.containsOnlyOnce("Tên đăng nhập / user name : admin");
		}
		assertTheCommandLineChecksEveryDemoFundsLedger();
	}

	/** {@code --verify-ledger} with the application stopped: a JVM of its own on the same data, a line a fund, exit 0. */
	private void assertTheCommandLineChecksEveryDemoFundsLedger() throws Exception {
		Path java = Path.of(System.getProperty("java.home"), "bin", "java");
		Process process = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
				"-Dfile.encoding=UTF-8", "-Dstdout.encoding=UTF-8", MattranApplication.class.getName(),
				"--mattran.database.url=", "--mattran.database.data-dir=" + dataDir, "--server.port=0",
				"--logging.level.root=WARN", "--verify-ledger").redirectErrorStream(true)
			.redirectOutput(dataDir.resolve("verify-ledger.txt").toFile()).start();
		boolean ended = process.waitFor(2, TimeUnit.MINUTES);
		if (!ended) {
			process.destroyForcibly();
		}
		String printed = Files.readString(dataDir.resolve("verify-ledger.txt"), StandardCharsets.UTF_8);
		assertThat(ended).as("--verify-ledger ends by itself: " + printed).isTrue();
		List<String> funds = printed.lines().filter(line -> line.startsWith("#")).toList();
		assertThat(funds).as(printed).hasSizeGreaterThanOrEqualTo(3)
			.allMatch(line -> line.endsWith("chuỗi băm khớp / hash chain holds"))
			.anyMatch(line -> line.contains("An Lão")).anyMatch(line -> line.contains("Lê Đại Hành"));
		assertThat(process.exitValue()).as(printed).isZero();
	}

	private ConfigurableApplicationContext start() {
		return new SpringApplicationBuilder(MattranApplication.class).run("--mattran.database.url=", "--mattran.database.data-dir=" + dataDir,
				"--server.port=0", "--mattran.setup.admin-password=", "--mattran.setup.demo-password=Demo-khoi-dong-lai-1");
	}

	private static long count(ConfigurableApplicationContext app, String sql) {
		return app.getBean(JdbcClient.class).sql(sql).query(Long.class).single();
	}
}
