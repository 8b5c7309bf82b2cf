package vn.mattran.organization.internal.accounts;

import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.mattran.organization.Unit;
import vn.mattran.organization.internal.bodies.PersonService;
import vn.mattran.organization.internal.units.UnitService;
import vn.mattran.shared.audit.AuditEvent;
import vn.mattran.shared.audit.AuditLog;
import vn.mattran.shared.error.InvalidInput;
import vn.mattran.shared.error.UserFacingException;
import vn.mattran.shared.security.CurrentUser;
import vn.mattran.shared.security.MattranUser;
import vn.mattran.shared.security.Role;
import vn.mattran.shared.security.Scope;
import vn.mattran.shared.text.VietnameseText;
import vn.mattran.shared.web.PageOf;
import vn.mattran.shared.web.PageRequest;

/** Users: who may sign in, as what, over which part of the hierarchy. */
@Service
public class UserAccounts {

	private final UserRepository users;
	private final UnitService units;
	private final PersonService people;
	private final PasswordEncoder encoder;
	private final SignedInSessions sessions;
	private final JdbcClient jdbc;
	private final AuditLog audit;

	UserAccounts(UserRepository users, UnitService units, PersonService people, PasswordEncoder encoder,
			SignedInSessions sessions, JdbcClient jdbc, AuditLog audit) {
		this.users = users;
		this.units = units;
		this.people = people;
		this.encoder = encoder;
		this.sessions = sessions;
		this.jdbc = jdbc;
		this.audit = audit;
	}

	/** The principal for a user name, with the scope computed now; empty when there is no such user. */
	@Transactional(readOnly = true)
	public Optional<MattranUser> principal(String username) {
		return users.byUsername(normalize(username)).map(this::principal);
	}

	@Transactional(readOnly = true)
	public Optional<MattranUser> principal(long id) {
		return users.byId(id).map(this::principal);
	}

	private MattranUser principal(UserAccount account) {
		Scope scope = account.role() == Role.SYSTEM_ADMIN ? Scope.EVERYTHING
				: Scope.of(units.scopePaths(account.homeUnitId()));
		String displayName = account.personName() == null ? account.username() : account.personName();
		return new MattranUser(account.id(), account.username(), users.passwordHash(account.id()).orElseThrow(),
				displayName, account.homeUnitId(), account.homeUnitName(), account.role(), scope, account.enabled(),
				account.mustChangePassword());
	}

	/** Who to tell of something for a unit: its enabled users (no scope check; for notices, not for showing). */
	@Transactional(readOnly = true)
	public java.util.List<vn.mattran.organization.UnitUser> usersAt(long unitId) {
		return users.enabledAt(unitId);
	}

	public boolean anyUser() {
		return users.count() > 0;
	}

	@Transactional(readOnly = true)
	public UserAccount get(long id) {
		UserAccount account = users.byId(id).orElseThrow(() -> UserFacingException.notFound("user.error.noSuchId", String.valueOf(id)));
		CurrentUser.requireInScope(account.homeUnitPath(), account.username());
		return account;
	}

	@Transactional(readOnly = true)
	public PageOf<UserAccount> search(String query, PageRequest page) {
		CurrentUser.requireRole(Role.UNIT_ADMIN);
		return users.search(query == null ? "" : query, CurrentUser.scope(), page);
	}

	@Transactional
	public CreatedUser create(UserDraft draft) {
		CurrentUser.requireRole(Role.UNIT_ADMIN);
		MattranUser creator = CurrentUser.get().orElseThrow();
		String username = normalize(draft.username());
		if (username == null || !username.matches("[a-z0-9._-]{3,64}")) {
			throw new InvalidInput("username", "user.error.usernameShape");
		}
		if (users.byUsername(username).isPresent()) {
			throw new InvalidInput("username", "user.error.usernameTaken", username);
		}
		if (draft.role() == null) {
			throw new InvalidInput("role", "user.error.roleRequired");
		}
		if (!creator.has(draft.role()) || (draft.role() == Role.SYSTEM_ADMIN && creator.role() != Role.SYSTEM_ADMIN)) {
			throw new InvalidInput("role", "user.error.roleAboveOwn", draft.role().name());
		}
		if (draft.homeUnitId() == null && draft.role() != Role.SYSTEM_ADMIN) {
			throw new InvalidInput("homeUnitId", "user.error.homeUnitRequired");
		}
		Unit home = draft.homeUnitId() == null ? null : units.get(draft.homeUnitId());
		if (draft.personId() != null) {
			people.get(draft.personId());
		}
		String password = Passwords.generate();
		long id = users.insert(username, encoder.encode(password), draft.personId(), home == null ? null : home.id(),
				draft.role(), true);
		UserAccount created = users.byId(id).orElseThrow();
		audit.record(AuditEvent.created("user", id, created.homeUnitPath(), username, created));
		return new CreatedUser(created, password);
	}

	/**
	 * A new one-time password that must be changed at the next sign-in. As after a suspected leak,
	 * the user's sessions end and their API tokens are revoked.
	 */
	@Transactional
	public CreatedUser resetPassword(long id) {
		UserAccount account = manageable(id);
		String password = Passwords.generate();
		users.setPassword(id, encoder.encode(password), true);
		jdbc.sql("update org_api_token set revoked_at = now() where user_id = :user and revoked_at is null")
			.param("user", id)
			.update();
		sessions.endAllOf(account.username());
		audit.record(AuditEvent.updated("user", id, account.homeUnitPath(), account.username() + ": cấp lại mật khẩu",
				Map.of("mustChangePassword", account.mustChangePassword()), Map.of("mustChangePassword", true)));
		return new CreatedUser(users.byId(id).orElseThrow(), password);
	}

	@Transactional
	public UserAccount setEnabled(long id, boolean enabled) {
		UserAccount account = manageable(id);
		if (account.id() == CurrentUser.get().orElseThrow().id()) {
			throw UserFacingException.invalid("user.error.notYourself");
		}
		users.setEnabled(id, enabled);
		if (!enabled) {
			sessions.endAllOf(account.username());
		}
		UserAccount after = users.byId(id).orElseThrow();
		audit.record(AuditEvent.updated("user", id, account.homeUnitPath(), account.username(), account, after));
		return after;
	}

	/** A user the current one may manage: in scope, and not of a higher role. */
	private UserAccount manageable(long id) {
		CurrentUser.requireRole(Role.UNIT_ADMIN);
		UserAccount account = get(id);
		MattranUser me = CurrentUser.get().orElseThrow();
		if (!me.has(account.role())) {
			throw UserFacingException.forbidden("user.error.roleAboveOwn", account.role().name());
		}
		return account;
	}

	/** The signed-in user's own change: the current password must be right, the new one acceptable. */
	@Transactional
	public void changeOwnPassword(String currentPassword, String newPassword) {
		MattranUser me = CurrentUser.get().orElseThrow();
		String hash = users.passwordHash(me.id()).orElseThrow();
		if (currentPassword == null || !encoder.matches(currentPassword, hash)) {
			throw new InvalidInput("currentPassword", "password.error.currentWrong");
		}
		Passwords.check(me.getUsername(), newPassword);
		if (newPassword.equals(currentPassword)) {
			throw new InvalidInput("newPassword", "password.error.sameAsOld");
		}
		users.setPassword(me.id(), encoder.encode(newPassword), false);
		UserAccount account = users.byId(me.id()).orElseThrow();
		audit.record(AuditEvent.updated("user", me.id(), account.homeUnitPath(), me.getUsername() + ": đổi mật khẩu",
				null, null));
	}

	/** For first start and demo data: a user with a known password, created without a signed-in creator. */
	@Transactional
	public long createInitial(String username, String password, Role role, Long homeUnitId, Long personId,
			boolean mustChangePassword) {
		long id = users.insert(normalize(username), encoder.encode(password), personId, homeUnitId, role,
				mustChangePassword);
		UserAccount created = users.byId(id).orElseThrow();
		audit.record(AuditEvent.created("user", id, created.homeUnitPath(), created.username(), created));
		return id;
	}

	private static String normalize(String username) {
		String clean = VietnameseText.cleanOrNull(username);
		return clean == null ? null : clean.toLowerCase(java.util.Locale.ROOT);
	}
}
