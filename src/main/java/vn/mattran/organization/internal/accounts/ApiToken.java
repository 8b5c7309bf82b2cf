package vn.mattran.organization.internal.accounts;

import java.time.OffsetDateTime;

/** A personal API token as its owner sees it: its name and first characters, never the secret. */
public record ApiToken(long id, String name, String prefix, OffsetDateTime createdAt, OffsetDateTime lastUsedAt,
		OffsetDateTime revokedAt) {

	public boolean active() {
		return revokedAt == null;
	}
}
