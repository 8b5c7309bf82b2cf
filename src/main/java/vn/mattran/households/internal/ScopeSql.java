package vn.mattran.households.internal;

import java.util.Map;
import vn.mattran.shared.security.Scope;

/**
 * A scope as SQL the ltree index can use: one {@code <@} per root path, or'ed ({@code <@ ltree[]}
 * would read the whole table), with its parameters added to {@code params}.
 */
final class ScopeSql {

	private ScopeSql() {
	}

	static String within(String column, Scope scope, Map<String, Object> params) {
		if (scope.everything()) {
			return "true";
		}
		if (scope.paths().isEmpty()) {
			return "false";
		}
		StringBuilder sql = new StringBuilder("(");
		for (int i = 0; i < scope.paths().size(); i++) {
			String name = "scope" + i;
			sql.append(i == 0 ? "" : " or ").append(column).append(" <@ cast(:").append(name).append(" as ltree)");
			params.put(name, scope.paths().get(i));
		}
		return sql.append(')').toString();
	}
}
