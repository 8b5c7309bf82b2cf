package vn.mattran.fund.internal;

import java.util.Map;
import java.util.Optional;
import vn.mattran.fund.Channel;
import vn.mattran.fund.DonorKind;
import vn.mattran.shared.text.VietnameseText;

/**
 * How collection lists write amounts, donor kinds and channels. An amount is a whole number of
 * đồng (VND has no minor unit): "50.000.000", "50,000,000" and "50000000" are the same, while
 * "12,5" or "1.000,50" are refused rather than guessed, since a comma may be a Vietnamese decimal
 * comma or an English thousands separator and a wrong guess changes the sum a thousandfold.
 */
final class DonationImportCells {


	private static final Map<String, DonorKind> KINDS = Map.ofEntries(Map.entry("ca nhan", DonorKind.PERSON),
			Map.entry("nguoi", DonorKind.PERSON), Map.entry("ho gia dinh", DonorKind.HOUSEHOLD),
			Map.entry("gia dinh", DonorKind.HOUSEHOLD), Map.entry("ho", DonorKind.HOUSEHOLD),
			Map.entry("co quan", DonorKind.AGENCY), Map.entry("don vi", DonorKind.AGENCY),
			Map.entry("co quan don vi", DonorKind.AGENCY), Map.entry("to chuc", DonorKind.AGENCY),
			Map.entry("doanh nghiep", DonorKind.BUSINESS), Map.entry("cong ty", DonorKind.BUSINESS),
			Map.entry("dn", DonorKind.BUSINESS), Map.entry("kieu bao", DonorKind.OVERSEAS),
			Map.entry("viet kieu", DonorKind.OVERSEAS), Map.entry("an danh", DonorKind.ANONYMOUS),
			Map.entry("giau ten", DonorKind.ANONYMOUS));

	private static final Map<String, Channel> CHANNELS = Map.of("tien mat", Channel.CASH, "tm", Channel.CASH,
			"chuyen khoan", Channel.BANK, "ck", Channel.BANK, "ngan hang", Channel.BANK, "hien vat", Channel.IN_KIND,
			"hv", Channel.IN_KIND);

	private DonationImportCells() {
	}

	/** The whole đồng a cell gives, or empty when it is not a whole number written one of the accepted ways. */
	static Optional<Long> amount(String text) {
		return vn.mattran.shared.money.MoneyText.parse(text).stream().boxed().findFirst();
	}

	/** "Cá nhân", "Doanh nghiệp", "Giấu tên"… (or the code, PERSON…). */
	static Optional<DonorKind> kind(String text) {
		String folded = VietnameseText.fold(text);
		for (DonorKind kind : DonorKind.values()) {
			if (kind.name().equalsIgnoreCase(folded)) {
				return Optional.of(kind);
			}
		}
		return Optional.ofNullable(KINDS.get(folded));
	}

	/** "Tiền mặt", "Chuyển khoản", "Hiện vật" (or TM, CK, HV, or the code). */
	static Optional<Channel> channel(String text) {
		String folded = VietnameseText.fold(text);
		for (Channel channel : Channel.values()) {
			if (channel.name().replace("_", " ").equalsIgnoreCase(folded)) {
				return Optional.of(channel);
			}
		}
		return Optional.ofNullable(CHANNELS.get(folded));
	}

	/** The digits of a phone number, to compare "0912 345 678" with "0912.345.678". */
	static String digits(String phone) {
		return phone == null ? "" : phone.replaceAll("\\D", "");
	}
}
