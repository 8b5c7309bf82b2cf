package vn.mattran.fund;

import java.time.LocalDate;

/** A fund of a committee, with what it holds in cash and in the bank. */
public record Fund(long id, long unitId, String unitPath, String unitCode, String unitName, String name, FundKind kind,
		String bankAccount, String bankName, LocalDate closedThrough, long cash, long bank, long goods,
		long inTransit) {

	/** Money it holds: cash and bank. */
	public long balance() {
		return cash + bank;
	}
}
