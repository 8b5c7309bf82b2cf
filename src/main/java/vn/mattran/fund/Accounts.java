package vn.mattran.fund;

import vn.mattran.households.SupportKind;

/**
 * The accounts of every fund's ledger, by code. Cash and bank never go below zero; income is kept
 * per drive, disbursements per support kind.
 */
public final class Accounts {

	public static final String CASH = "CASH";
	public static final String BANK = "BANK";
	public static final String GOODS = "GOODS";
	public static final String PLEDGES = "PLEDGES";
	public static final String IN_TRANSIT = "IN_TRANSIT";
	public static final String INCOME = "INCOME";
	public static final String TRANSFER_IN = "TRANSFER_IN";
	public static final String TRANSFER_OUT = "TRANSFER_OUT";
	public static final String DISBURSED = "DISBURSED";

	private Accounts() {
	}

	/** Income of one drive, or of no drive. */
	public static String income(Long driveId) {
		return driveId == null ? INCOME : INCOME + ":" + driveId;
	}

	public static String disbursed(SupportKind kind) {
		return DISBURSED + ":" + kind.name();
	}

	/** Cash and bank: what the fund holds in money, never below zero. */
	public static boolean isMoney(String code) {
		return CASH.equals(code) || BANK.equals(code);
	}

	public static AccountKind kindOf(String code) {
		if (code.startsWith(INCOME) || code.equals(TRANSFER_IN)) {
			return AccountKind.INCOME;
		}
		if (code.startsWith(DISBURSED) || code.equals(TRANSFER_OUT)) {
			return AccountKind.EXPENSE;
		}
		return AccountKind.ASSET;
	}

	public enum AccountKind {
		ASSET, INCOME, EXPENSE
	}
}
