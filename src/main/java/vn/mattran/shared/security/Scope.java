package vn.mattran.shared.security;

import java.io.Serializable;
import java.util.List;

/**
 * The part of the hierarchy a user sees and changes: the subtrees under a few unit paths (the home
 * unit and the units that merged into it), or everything for a system administrator.
 */
public record Scope(boolean everything, List<String> paths) implements Serializable {

	public static final Scope NONE = new Scope(false, List.of());
	public static final Scope EVERYTHING = new Scope(true, List.of());

	public Scope {
		paths = List.copyOf(paths);
	}

	public static Scope of(List<String> paths) {
		return new Scope(false, paths);
	}

	/** True when the row at {@code unitPath} lies inside this scope. */
	public boolean contains(String unitPath) {
		if (everything) {
			return true;
		}
		if (unitPath == null) {
			return false;
		}
		return paths.stream().anyMatch(root -> unitPath.equals(root) || unitPath.startsWith(root + "."));
	}

	/** The paths as a PostgreSQL array literal for {@code path <@ cast(:scope as ltree[])}. */
	public String sqlArray() {
		return "{" + String.join(",", paths) + "}";
	}
}
