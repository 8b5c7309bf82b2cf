package vn.mattran.organization.internal.units;

import java.time.OffsetDateTime;
import vn.mattran.organization.Unit;

/** A link from a unit to one that took over from it, or to one it took over: suggested or confirmed. */
public record Succession(Unit other, String source, OffsetDateTime confirmedAt, String confirmedBy) {

	public boolean confirmed() {
		return confirmedAt != null;
	}
}
