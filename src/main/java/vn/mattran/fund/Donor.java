package vn.mattran.fund;

/** Someone who gives; the same donor across drives is one row (suggested, never merged silently). */
public record Donor(long id, DonorKind kind, String name, String address, String phone) {

	/** The name the public sees: an anonymous donor stays anonymous. */
	public String publicName() {
		return kind == DonorKind.ANONYMOUS ? "Nhà hảo tâm giấu tên" : name;
	}

	/**
	 * The phone with all but its last three digits hidden ("•••••••678"), as a suggestion shows it: enough to ask the
	 * person at the desk whether it is theirs, not enough to learn a number of a donor of another unit.
	 */
	public String maskedPhone() {
		if (phone == null) {
			return null;
		}
		String digits = phone.replaceAll("\\D", "");
		return digits.length() <= 3 ? "•••" : "•".repeat(digits.length() - 3) + digits.substring(digits.length() - 3);
	}
}
