package vn.mattran.fund.internal;

/** One side of a journal entry: an account by code, debited or credited. */
record Line(String account, long debit, long credit) {

	Line {
		if (debit < 0 || credit < 0 || (debit > 0) == (credit > 0)) {
			throw new IllegalArgumentException("A line is a debit or a credit above zero: " + account + " " + debit + "/" + credit);
		}
	}

	static Line debit(String account, long amount) {
		return new Line(account, amount, 0);
	}

	static Line credit(String account, long amount) {
		return new Line(account, 0, amount);
	}

	Line reversed() {
		return new Line(account, credit, debit);
	}
}
