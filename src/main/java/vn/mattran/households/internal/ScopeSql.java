package vn.mattran.households.internal;

import java.util.Map;
import vn.mattran.shared.security.Scope;

/**
 * A scope as SQL: one {@code <@} per root path, or'ed, with its parameters added to {@code params}.
 * A commune or an area is a small part of the registry and its condition uses the path index; a
 * province is most of it, and the other conditions of the query should choose the index.
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
			String path = scope.paths().get(i);
			// A province (a path of one label) is most of the table: its condition is written so that the
			// planner leaves the path index alone and filters what a selective index (name, ID, kind) found.
			String type = path.indexOf('.') < 0 ? "ltree[]" : "ltree";
			sql.append(i == 0 ? "" : " or ").append(column).append(" <@ cast(:").append(name).append(" as ")
				.append(type).append(')');
			params.put(name, type.equals("ltree") ? path : "{" + path + "}");
		}
		return sql.append(')').toString();
	}
}
