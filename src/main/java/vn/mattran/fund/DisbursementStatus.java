package vn.mattran.fund;

/** Where a support payment stands: proposed → approved by the fund board → paid → acknowledged; or rejected. */
public enum DisbursementStatus {
	PROPOSED, APPROVED, PAID, ACKNOWLEDGED, REJECTED;

	/** Money promised but not yet paid out: it is kept aside from what can be proposed. */
	public boolean reserves() {
		return this == PROPOSED || this == APPROVED;
	}
}
