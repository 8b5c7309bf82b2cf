package vn.mattran.documents;

import java.time.LocalDate;

/**
 * What the register gives a document: its number (null while a draft), the rest of its symbol
 * ("KH-MTTQ-BTT") and the date of issue (null while a draft).
 */
public record Numbering(Integer number, String symbolSuffix, LocalDate issuedOn) {

	public static Numbering draft(String symbolSuffix) {
		return new Numbering(null, symbolSuffix, null);
	}

	/** "50/KH-MTTQ-BTT", "01/KH-MTTQ-BTT" (numbers below 10 take a leading zero, Decree 30 Art. 15); null for a draft. */
	public String symbol() {
		if (number == null) {
			return null;
		}
		return symbolSuffix == null ? numberText() : numberText() + "/" + symbolSuffix;
	}

	public String numberText() {
		return number == null ? null : number < 10 ? "0" + number : String.valueOf(number);
	}
}
