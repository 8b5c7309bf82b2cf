package vn.mattran.shared.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.util.Optional;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** One PostgreSQL: the server named by MATTRAN_DB_URL, or else the embedded one under the data directory. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DatabaseSettings.class)
class DatabaseConfiguration {

	@Bean(destroyMethod = "close")
	@Conditional(NoExternalDatabase.class)
	EmbeddedPostgresServer embeddedPostgresServer(DatabaseSettings settings) throws IOException {
		return settings.ephemeral()
				? EmbeddedPostgresServer.startEphemeral()
				: EmbeddedPostgresServer.start(settings.dataDir().toAbsolutePath().normalize());
	}

	@Bean(destroyMethod = "close")
	HikariDataSource dataSource(DatabaseSettings settings, Optional<EmbeddedPostgresServer> embedded) {
		HikariConfig config = new HikariConfig();
		config.setPoolName("mattran");
		if (settings.external()) {
			config.setJdbcUrl(settings.url());
			config.setUsername(settings.user());
			config.setPassword(settings.password());
		}
		else {
			EmbeddedPostgresServer server = embedded.orElseThrow();
			config.setJdbcUrl(server.jdbcUrl());
			config.setUsername(EmbeddedPostgresServer.USER);
		}
		config.addDataSourceProperty("reWriteBatchedInserts", "true");
		config.addDataSourceProperty("ApplicationName", "mattran");
		config.setMaximumPoolSize(16);
		return new HikariDataSource(config);
	}

	static class NoExternalDatabase implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			String url = context.getEnvironment().getProperty("mattran.database.url");
			return url == null || url.isBlank();
		}
	}

}
