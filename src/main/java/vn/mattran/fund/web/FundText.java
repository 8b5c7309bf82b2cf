package vn.mattran.fund.web;

import org.springframework.stereotype.Component;
import vn.mattran.fund.Accounts;
import vn.mattran.shared.web.Messages;

/**
 * Names of ledger accounts and entry kinds for the journal page: {@code ${@fundText.account('INCOME:12')}}.
 * Codes the page does not know (a kind another part adds later) are shown as they are, never as a bare key.
 */
@Component("fundText")
public class FundText {

	private final Messages messages;

	FundText(Messages messages) {
		this.messages = messages;
	}

	/** "CASH" → "Tiền mặt"; "INCOME:12" → "Thu ủng hộ (đợt #12)"; "DISBURSED:HOUSE_BUILD" → "Chi hỗ trợ (Xây nhà)". */
	public String account(String code) {
		int colon = code.indexOf(':');
		if (colon < 0) {
			return known("fund.account." + code, code);
		}
		String base = code.substring(0, colon);
		String detail = code.substring(colon + 1);
		String name = known("fund.account." + base, base);
		if (base.equals(Accounts.INCOME)) {
			return name + " (" + messages.get("fund.page.ledger.ofDrive", detail) + ")";
		}
		if (base.equals(Accounts.DISBURSED)) {
			return name + " (" + known("supportKind." + detail, detail) + ")";
		}
		return name + " (" + detail + ")";
	}

	/** "DONATION" → "Thu ủng hộ". */
	public String kind(String kind) {
		return known("fund.page.ledger.kind." + kind, kind);
	}

	private String known(String key, String otherwise) {
		String text = messages.get(key);
		return text.equals(key) ? otherwise : text;
	}
}
