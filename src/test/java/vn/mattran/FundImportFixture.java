package vn.mattran;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationContext;
import vn.mattran.fund.Channel;
import vn.mattran.fund.FundKind;
import vn.mattran.fund.internal.DonationImport;
import vn.mattran.fund.internal.Drives;
import vn.mattran.fund.internal.Funds;
import vn.mattran.shared.security.Role;
import vn.mattran.shared.security.SystemUser;

/**
 * Funds, drives and uploaded collection lists on both sides of the scope border: "in" of Phường Lê
 * Đại Hành (an upload per role that may import, since an upload is its uploader's), "out" of Thị
 * trấn Khe Tre. Minimal, for the import and day's wage routes, until a shared fund fixture exists.
 */
public final class FundImportFixture {

	public final long inFund;
	public final long outFund;
	public final long inDrive;
	public final long outDrive;
	public final long outUpload;
	public final Map<Role, Long> ownUploads = new EnumMap<>(Role.class);

	public FundImportFixture(ApplicationContext context, SeedFixture seed) {
		Funds funds = context.getBean(Funds.class);
		Drives drives = context.getBean(Drives.class);
		DonationImport imports = context.getBean(DonationImport.class);
		inFund = SystemUser.call(() -> funds.create(seed.ward, "Quỹ thử quyền nhập", FundKind.FOR_THE_POOR, null, null).id());
		outFund = SystemUser.call(() -> funds.create(seed.outUnit, "Quỹ thử quyền ngoài", FundKind.FOR_THE_POOR, null, null)
			.id());
		inDrive = SystemUser.call(() -> drives.open(inFund, drive()).id());
		outDrive = SystemUser.call(() -> drives.open(outFund, drive()).id());
		outUpload = SystemUser.call(() -> imports.upload(outFund, null, Channel.CASH, null, "ngoai.csv", csv()).id());
		for (Role role : List.of(Role.OFFICER, Role.UNIT_ADMIN, Role.SYSTEM_ADMIN)) {
			ownUploads.put(role, SeedFixture.as(seed.users.get(role),
					() -> imports.upload(inFund, null, Channel.CASH, null, "danh-sach.csv", csv()).id()));
		}
	}

	/** A list with a good row and a bad one: running it without "only the good rows" stores nothing. */
	public static byte[] csv() {
		return "Họ và tên;Số tiền;Ngày\nNguyễn Văn Thử Quyền;100.000;20/10/2024\nTrần Thị Sai;12,5;20/10/2024\n"
			.getBytes(StandardCharsets.UTF_8);
	}

	/** A staff list of two, for the day's wage. */
	public static byte[] staff() {
		return "Họ và tên,Lương tháng\nLê Văn Một,\"8,800,000\"\nPhạm Thị Hai,6600000\n".getBytes(StandardCharsets.UTF_8);
	}

	private static Drives.DriveDraft drive() {
		return new Drives.DriveDraft("Tháng cao điểm thử quyền", null, LocalDate.of(2024, 10, 17), LocalDate.of(2024, 11, 18),
				null, Set.of(Channel.CASH, Channel.BANK), null, 22, null);
	}
}
