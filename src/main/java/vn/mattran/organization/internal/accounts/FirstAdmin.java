package vn.mattran.organization.internal.accounts;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.mattran.shared.security.Role;

/**
 * The first administrator, "admin", created on the first start. Its generated password is printed
 * once and must be changed at the first login; MATTRAN_ADMIN_PASSWORD sets it instead (automated
 * installs: nothing printed, no forced change).
 */
@Component
public class FirstAdmin {

	public static final String USERNAME = "admin";
	private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

	private final UserAccounts users;
	private final JdbcClient jdbc;

	FirstAdmin(UserAccounts users, JdbcClient jdbc) {
		this.users = users;
		this.jdbc = jdbc;
	}

	@Transactional
	public void createIfMissing(String configuredPassword) {
		jdbc.sql("lock table org_user in share row exclusive mode").update();
		boolean exists = jdbc.sql("select count(*) from org_user where username = :name").param("name", USERNAME)
			.query(Long.class).single() > 0;
		if (exists) {
			return;
		}
		boolean configured = configuredPassword != null && !configuredPassword.isBlank();
		String password = configured ? configuredPassword : Passwords.generate();
		users.createInitial(USERNAME, password, Role.SYSTEM_ADMIN, null, null, !configured);
		if (configured) {
			log.info("Created the administrator '{}' with the password from MATTRAN_ADMIN_PASSWORD", USERNAME);
			return;
		}
		String banner = """

				================================================================
				  mattran: tài khoản quản trị đầu tiên / first administrator
				    Tên đăng nhập / user name : %s
				    Mật khẩu / password       : %s
				  Đổi mật khẩu ở lần đăng nhập đầu tiên (bắt buộc).
				  You must change it at the first login. It is not shown again.
				================================================================
				""".formatted(USERNAME, password);
		System.out.println(banner);
		log.info("Created the administrator '{}'; its one-time password was printed to the console", USERNAME);
	}
}
