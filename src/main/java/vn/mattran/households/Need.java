package vn.mattran.households;

import java.time.LocalDate;

/** Something a household needs ("sửa nhà", "vốn sản xuất"); open until a support meets it. */
public record Need(long id, long householdId, SupportKind kind, String description, LocalDate openedOn,
		LocalDate metOn) {

	public boolean open() {
		return metOn == null;
	}
}
