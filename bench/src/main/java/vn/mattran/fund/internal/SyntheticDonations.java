package vn.mattran.fund.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import vn.mattran.fund.Channel;
import vn.mattran.fund.DonorKind;

/**
 * Donations as a disaster appeal brings them: mostly bank transfers from people (a few businesses, agencies and
 * anonymous givers), round amounts from 50.000 đ to a few million with a long tail, spread over the days of the drive.
 * The same seed and index give the same rows, so every variant of a benchmark writes identical content.
 */
final class SyntheticDonations {

	private static final String[] FAMILY = { "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Phan", "Vũ", "Đặng", "Bùi", "Đỗ",
			"Hồ", "Ngô", "Dương", "Lý" };
	private static final String[] MIDDLE = { "Văn", "Thị", "Minh", "Đức", "Ngọc", "Thanh", "Quang", "Thu", "Hữu", "Kim" };
	private static final String[] GIVEN = { "Hùng", "Lan", "Dũng", "Hoa", "Nam", "Hương", "Tuấn", "Mai", "Long", "Trang",
			"Sơn", "Hằng", "Phong", "Linh", "Quân", "Thảo", "Huy", "Yến", "Bình", "Nhung" };
	private static final String[] BUSINESS = { "Công ty TNHH Thương mại Hòa Bình", "Công ty CP Xây dựng Thăng Long",
			"Doanh nghiệp tư nhân Minh Phát", "Công ty TNHH May mặc Sông Hồng", "Hợp tác xã Nông nghiệp Đồng Tâm" };
	private static final String[] AGENCY = { "Trường THCS Nguyễn Du", "Trạm Y tế phường", "Công an phường",
			"Hội Cựu chiến binh phường", "Chi bộ Tổ dân phố số 3" };
	private static final long[] AMOUNTS = { 50_000, 100_000, 200_000, 200_000, 300_000, 500_000, 500_000, 1_000_000,
			1_000_000, 2_000_000, 5_000_000 };
	private static final String[] NOTES = { "Ủng hộ đồng bào bị thiên tai", "Ung ho dong bao mien Trung",
			"Chung tay vì người nghèo", null, null, null };

	/** One donation's content; {@code collector} is an index into the caller's units, -1 for the fund's own unit. */
	record Row(DonorKind kind, String donor, String address, String phone, long amount, LocalDate receivedOn,
			Channel channel, int collector, String note) {
	}

	private SyntheticDonations() {
	}

	/** Rows {@code from} to {@code from + count - 1} of the series, collected by one of {@code units} (or the fund's unit). */
	static List<Row> rows(long seed, long from, int count, LocalDate firstDay, LocalDate lastDay, int units) {
		Random random = new Random(seed * 1_000_003L + from);
		int days = (int) (lastDay.toEpochDay() - firstDay.toEpochDay()) + 1;
		List<Row> rows = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			rows.add(row(random, firstDay.plusDays(random.nextInt(days)), units));
		}
		return rows;
	}

	private static Row row(Random random, LocalDate day, int units) {
		double k = random.nextDouble();
		DonorKind kind = k < 0.85 ? DonorKind.PERSON : k < 0.90 ? DonorKind.BUSINESS : k < 0.95 ? DonorKind.AGENCY
				: DonorKind.ANONYMOUS;
		String name = switch (kind) {
			case BUSINESS -> BUSINESS[random.nextInt(BUSINESS.length)];
			case AGENCY -> AGENCY[random.nextInt(AGENCY.length)];
			case ANONYMOUS -> null;
			default -> FAMILY[random.nextInt(FAMILY.length)] + " " + MIDDLE[random.nextInt(MIDDLE.length)] + " "
					+ GIVEN[random.nextInt(GIVEN.length)];
		};
		boolean bank = random.nextDouble() < 0.8;
		String phone = kind == DonorKind.PERSON && random.nextDouble() < 0.3
				? String.format(Locale.ROOT, "09%08d", random.nextInt(100_000_000)) : null;
		String address = kind == DonorKind.PERSON && random.nextDouble() < 0.2 ? "Số " + (1 + random.nextInt(200))
				+ ", tổ " + (1 + random.nextInt(30)) : null;
		long amount = AMOUNTS[random.nextInt(AMOUNTS.length)];
		if (random.nextDouble() < 0.02) {
			amount = (10 + random.nextInt(490)) * 1_000_000L; // a business's or an agency's collection
		}
		else if (random.nextDouble() < 0.2) {
			amount = (1 + random.nextInt(999)) * 1_000L; // an odd amount, as bank transfers often are
		}
		// bank transfers reach the fund's own account; cash is mostly handed in where it was collected
		int collector = bank || units == 0 || random.nextDouble() < 0.3 ? -1 : random.nextInt(units);
		return new Row(kind, name, address, phone, amount, day, bank ? Channel.BANK : Channel.CASH, collector,
				NOTES[random.nextInt(NOTES.length)]);
	}
}
