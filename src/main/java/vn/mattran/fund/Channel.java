package vn.mattran.fund;

/** How money or goods reach a fund: cash at the office, a bank transfer, or in kind. */
public enum Channel {
	CASH, BANK, IN_KIND;

	/** The asset account a receipt by this channel goes to. */
	public String account() {
		return switch (this) {
			case CASH -> Accounts.CASH;
			case BANK -> Accounts.BANK;
			case IN_KIND -> Accounts.GOODS;
		};
	}
}
