package vn.mattran.organization.internal.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.mattran.shared.audit.AuditEvent;
import vn.mattran.shared.audit.AuditLog;
import vn.mattran.shared.error.InvalidInput;
import vn.mattran.shared.error.UserFacingException;
import vn.mattran.shared.security.CurrentUser;
import vn.mattran.shared.security.MattranUser;
import vn.mattran.shared.text.VietnameseText;

/**
 * Personal API tokens for scripts: {@code Authorization: Bearer mt_…}. Only a SHA-256 of the token
 * is stored, so a copy of the database does not give anyone a working token.
 */
@Service
public class ApiTokens {

	public static final String PREFIX = "mt_";
	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;
	private final UserAccounts users;
	private final AuditLog audit;

	ApiTokens(JdbcClient jdbc, UserAccounts users, AuditLog audit) {
		this.jdbc = jdbc;
		this.users = users;
		this.audit = audit;
	}

	/** A new token of the signed-in user; the returned text is shown once and never stored. */
	@Transactional
	public String create(String name) {
		MattranUser me = CurrentUser.get().orElseThrow();
		// A leaked token must not be able to mint the tokens that would outlive its revocation.
		if (CurrentUser.signedInWithToken()) {
			throw UserFacingException.forbidden("token.error.fromToken");
		}
		String clean = VietnameseText.cleanOrNull(name);
		if (clean == null || clean.length() > 100) {
			throw new InvalidInput("name", "token.error.name");
		}
		byte[] secret = new byte[32];
		RANDOM.nextBytes(secret);
		String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		long id = jdbc.sql("""
				insert into org_api_token (user_id, name, token_hash, prefix) values (:user, :name, :hash, :prefix)
				returning id
				""")
			.param("user", me.id())
			.param("name", clean)
			.param("hash", sha256(token))
			.param("prefix", token.substring(0, 10))
			.query(Long.class)
			.single();
		audit.record(AuditEvent.created("api-token", id, null, me.getUsername() + ": " + clean, clean));
		return token;
	}

	@Transactional(readOnly = true)
	public List<ApiToken> mine() {
		return jdbc.sql("""
				select id, name, prefix, created_at, last_used_at, revoked_at from org_api_token
				where user_id = :user order by created_at desc
				""")
			.param("user", CurrentUser.get().orElseThrow().id())
			.query((rs, n) -> new ApiToken(rs.getLong("id"), rs.getString("name"), rs.getString("prefix"),
					rs.getObject("created_at", OffsetDateTime.class), rs.getObject("last_used_at", OffsetDateTime.class),
					rs.getObject("revoked_at", OffsetDateTime.class)))
			.list();
	}

	/** Revokes one of the signed-in user's own tokens. */
	@Transactional
	public void revoke(long id) {
		MattranUser me = CurrentUser.get().orElseThrow();
		int changed = jdbc.sql("update org_api_token set revoked_at = now() where id = :id and user_id = :user and revoked_at is null")
			.param("id", id)
			.param("user", me.id())
			.update();
		if (changed == 0) {
			throw UserFacingException.notFound("token.error.noSuchId", String.valueOf(id));
		}
		audit.record(AuditEvent.updated("api-token", id, null, me.getUsername() + ": thu hồi khóa API", null, "revoked"));
	}

	/** The user a token belongs to, when the token is known, not revoked and its user may sign in. */
	@Transactional
	public Optional<MattranUser> authenticate(String token) {
		if (token == null || !token.startsWith(PREFIX)) {
			return Optional.empty();
		}
		Optional<Long> userId = jdbc.sql("""
				update org_api_token set last_used_at = now()
				where token_hash = :hash and revoked_at is null returning user_id
				""")
			.param("hash", sha256(token))
			.query(Long.class)
			.optional();
		return userId.flatMap(users::principal).filter(MattranUser::isEnabled);
	}

	private static byte[] sha256(String token) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
