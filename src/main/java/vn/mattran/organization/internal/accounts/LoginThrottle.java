package vn.mattran.organization.internal.accounts;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down password guessing: after a few failed logins for a user name in the window (or many
 * from one address) further attempts are refused until the window has passed. Failures are kept in
 * the database so every instance behind a load balancer sees them.
 */
@Component
public class LoginThrottle {

	private final JdbcClient jdbc;
	private final int maxFailures;
	private final Duration window;

	LoginThrottle(JdbcClient jdbc, @Value("${mattran.security.max-failed-logins:5}") int maxFailures,
			@Value("${mattran.security.failed-login-window:15m}") Duration window) {
		this.jdbc = jdbc;
		this.maxFailures = maxFailures;
		this.window = window;
	}

	public boolean blocked(String username, String remoteAddress) {
		long byName = count("username = :key", username);
		long byAddress = count("remote_addr = :key", remoteAddress);
		return byName >= maxFailures || byAddress >= maxFailures * 10L;
	}

	public long windowMinutes() {
		return window.toMinutes();
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void failed(String username, String remoteAddress) {
		jdbc.sql("insert into org_login_failure (username, remote_addr) values (:name, :addr)")
			.param("name", username)
			.param("addr", remoteAddress)
			.update();
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void succeeded(String username) {
		jdbc.sql("delete from org_login_failure where username = :name or at < now() - interval '1 day'")
			.param("name", username)
			.update();
	}

	private long count(String condition, String key) {
		return jdbc.sql("select count(*) from org_login_failure where " + condition + " and at > now() - cast(:window as interval)")
			.param("key", key == null ? "" : key)
			.param("window", window.toSeconds() + " seconds")
			.query(Long.class)
			.single();
	}
}
