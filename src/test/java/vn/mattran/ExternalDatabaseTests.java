package vn.mattran;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.mattran.shared.db.EmbeddedPostgresServer;

import static org.assertj.core.api.Assertions.assertThat;

/** With MATTRAN_DB_URL the application uses that server, starts no database of its own, and MATTRAN_DEMO=false means no demo. */
class ExternalDatabaseTests {

	@TempDir
	Path dataDir;

	@Test
	void usesTheConfiguredServerAndStartsNothingEmbedded() throws Exception {
		try (EmbeddedPostgresServer external = EmbeddedPostgresServer.startEphemeral();
				ConfigurableApplicationContext app = new SpringApplicationBuilder(MattranApplication.class).run(
						"--mattran.database.url=" + external.jdbcUrl().replaceFirst("\\?user=postgres$", ""),
						"--mattran.database.user=postgres", "--mattran.database.password=",
						"--mattran.database.data-dir=" + dataDir, "--server.port=0", "--mattran.setup.demo=false",
						"--mattran.setup.admin-password=Quan-tri-ngoai-2025")) {
			assertThat(app.getBeanNamesForType(EmbeddedPostgresServer.class)).isEmpty();
			assertThat(Files.exists(dataDir.resolve("postgres"))).isFalse();
			JdbcClient jdbc = app.getBean(JdbcClient.class);
			assertThat(jdbc.sql("select current_setting('port')").query(String.class).single())
				.isEqualTo(String.valueOf(external.port()));
			assertThat(jdbc.sql("select count(*) from org_unit").query(Long.class).single()).isEqualTo(14_161);
			assertThat(jdbc.sql("select username from org_user").query(String.class).list()).containsExactly("admin");
			assertThat(jdbc.sql("select must_change_password from org_user").query(Boolean.class).single())
				.as("MATTRAN_ADMIN_PASSWORD: no forced change").isFalse();
		}
	}
}
