package vn.mattran.organization.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.mattran.organization.internal.accounts.ApiToken;
import vn.mattran.organization.internal.accounts.ApiTokens;
import vn.mattran.organization.internal.accounts.CreatedUser;
import vn.mattran.organization.internal.accounts.UserAccount;
import vn.mattran.organization.internal.accounts.UserDraft;
import vn.mattran.organization.internal.units.UnitService;
import vn.mattran.shared.security.Role;
import vn.mattran.organization.internal.accounts.UserAccounts;
import vn.mattran.shared.audit.AuditAction;
import vn.mattran.shared.audit.AuditFilter;
import vn.mattran.shared.audit.AuditLog;
import vn.mattran.shared.audit.AuditRecord;
import vn.mattran.shared.security.CurrentUser;
import vn.mattran.shared.security.MattranUser;
import vn.mattran.shared.web.PageRequest;

/** Who am I, the users of my scope, and the audit log of my scope. */
@RestController
@Tag(name = "Accounts and audit", description = "Người dùng và nhật ký / users and audit log")
class AccountsApi {

	private final UserAccounts users;
	private final ApiTokens tokens;
	private final UnitService units;
	private final AuditLog audit;

	AccountsApi(UserAccounts users, ApiTokens tokens, UnitService units, AuditLog audit) {
		this.users = users;
		this.tokens = tokens;
		this.units = units;
		this.audit = audit;
	}

	/** The caller: user name, role, home unit and scope paths. */
	record Me(String username, String displayName, String role, String homeUnitName, List<String> scope,
			boolean everything) {
	}

	@GetMapping("/api/v1/me")
	Me me() {
		MattranUser me = CurrentUser.get().orElseThrow();
		return new Me(me.getUsername(), me.displayName(), me.role().name(), me.homeUnitName(), me.scope().paths(),
				me.scope().everything());
	}

	@GetMapping("/api/v1/users")
	List<UserAccount> users(@RequestParam(required = false) String q, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return users.search(q, PageRequest.of(page, size)).items();
	}

	/** A user to create: the home unit by code on validOn (default today). */
	record NewUserJson(String username, Role role, String homeUnitCode, LocalDate validOn, Long personId) {
	}

	/** A created or reset user with the one-time password to hand over. */
	record UserWithPassword(UserAccount user, String temporaryPassword) {

		static UserWithPassword of(CreatedUser created) {
			return new UserWithPassword(created.account(), created.temporaryPassword());
		}
	}

	@PostMapping("/api/v1/users")
	@Operation(summary = "Create a user; the answer carries a one-time password to change at first sign-in")
	ResponseEntity<UserWithPassword> createUser(@RequestBody NewUserJson json) {
		Long home = json.homeUnitCode() == null || json.homeUnitCode().isBlank() ? null
				: units.byCode(json.homeUnitCode(), json.validOn() == null ? units.today() : json.validOn()).id();
		CreatedUser created = users.create(new UserDraft(json.username(), json.role(), home, json.personId()));
		return ResponseEntity.created(URI.create("/api/v1/users/" + created.account().id()))
			.body(UserWithPassword.of(created));
	}

	@PostMapping("/api/v1/users/{id}/reset-password")
	UserWithPassword resetPassword(@PathVariable long id) {
		return UserWithPassword.of(users.resetPassword(id));
	}

	@PostMapping("/api/v1/users/{id}/enabled")
	UserAccount setEnabled(@PathVariable long id, @RequestParam boolean enabled) {
		return users.setEnabled(id, enabled);
	}

	@GetMapping("/api/v1/me/tokens")
	List<ApiToken> myTokens() {
		return tokens.mine();
	}

	@PostMapping("/api/v1/me/tokens")
	@Operation(summary = "Create a personal API token; its text is in the answer once and never again")
	ResponseEntity<Map<String, String>> createToken(@RequestParam String name) {
		return ResponseEntity.status(201).body(Map.of("name", name, "token", tokens.create(name)));
	}

	@PostMapping("/api/v1/me/tokens/{id}/revoke")
	List<ApiToken> revokeToken(@PathVariable long id) {
		tokens.revoke(id);
		return tokens.mine();
	}

	@GetMapping("/api/v1/audit")
	@Operation(summary = "The audit log of the caller's scope, newest first")
	List<AuditRecord> audit(@RequestParam(required = false) String user, @RequestParam(required = false) String type,
			@RequestParam(required = false) AuditAction action,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		AuditFilter filter = new AuditFilter(null, user, type, action, from, to);
		return audit.search(filter, CurrentUser.scope(), PageRequest.of(page, size)).items();
	}
}
