package vn.mattran.shared.db;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the data lives. With no {@code url} the application runs its own PostgreSQL from
 * {@code dataDir}; {@code ephemeral} (tests) gives it a throw-away directory instead.
 */
@ConfigurationProperties("mattran.database")
public record DatabaseSettings(String url, String user, String password, Path dataDir, boolean ephemeral) {

	public boolean external() {
		return url != null && !url.isBlank();
	}
}
