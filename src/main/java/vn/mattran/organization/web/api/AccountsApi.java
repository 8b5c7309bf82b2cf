package vn.mattran.organization.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.mattran.organization.internal.accounts.UserAccount;
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
	private final AuditLog audit;

	AccountsApi(UserAccounts users, AuditLog audit) {
		this.users = users;
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
