package vn.mattran.fund;

/** Someone who gives; the same donor across drives is one row (suggested, never merged silently). */
public record Donor(long id, DonorKind kind, String name, String address, String phone) {

	/** The name the public sees: an anonymous donor stays anonymous. */
	public String publicName() {
		return kind == DonorKind.ANONYMOUS ? "Nhà hảo tâm giấu tên" : name;
	}
}
