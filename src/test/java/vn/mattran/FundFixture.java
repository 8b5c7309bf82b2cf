package vn.mattran;

import java.time.LocalDate;
import org.springframework.context.ApplicationContext;
import vn.mattran.fund.Channel;
import vn.mattran.fund.DisbursementDraft;
import vn.mattran.fund.DonationDraft;
import vn.mattran.fund.DonorKind;
import vn.mattran.fund.FundKind;
import vn.mattran.fund.internal.Disbursements;
import vn.mattran.fund.internal.Donations;
import vn.mattran.fund.internal.Drives;
import vn.mattran.fund.internal.Funds;
import vn.mattran.fund.internal.Transfers;
import vn.mattran.households.SupportKind;
import vn.mattran.shared.security.Role;
import vn.mattran.shared.security.SystemUser;

/**
 * Fund ids on both sides of the scope border: "in" a fund of Phường Lê Đại Hành with a drive, a
 * donation, a support payment carried through to its signed form, and a transfer sent to it; "out"
 * the same of Thị trấn Khe Tre (its payment only proposed, its transfer sent to the ward's fund
 * and so confirmable only by the ward).
 */
public final class FundFixture {

	public final long inFund;
	public final long outFund;
	public final long inDrive;
	public final long outDrive;
	public final long inDonation;
	public final long outDonation;
	public final long inDonor;
	public final long outDonor;
	/** Acknowledged, with a photo of the signed form: every further step is refused as out of turn, not out of scope. */
	public final long inDisbursement;
	public final long outDisbursement;
	/** Sent by the out fund to the in fund: the ward confirms it. */
	public final long inTransfer;
	/** Sent by the in fund to the out fund: only Khe Tre may confirm it. */
	public final long outTransfer;

	public FundFixture(ApplicationContext context, SeedFixture seed) {
		Funds funds = context.getBean(Funds.class);
		Drives drives = context.getBean(Drives.class);
		Donations donations = context.getBean(Donations.class);
		Disbursements disbursements = context.getBean(Disbursements.class);
		Transfers transfers = context.getBean(Transfers.class);
		LocalDate today = funds.today();
		inFund = SystemUser.call(() -> funds.create(seed.ward, "Quỹ thử quyền trong", FundKind.FOR_THE_POOR, null, null).id());
		outFund = SystemUser.call(() -> funds.create(seed.outUnit, "Quỹ thử quyền ngoài", FundKind.FOR_THE_POOR, null, null).id());
		Drives.DriveDraft drive = new Drives.DriveDraft("Đợt thử quyền", null, today.minusDays(30), today.plusDays(30), null,
				null, null, null, null);
		inDrive = SystemUser.call(() -> drives.open(inFund, drive).id());
		outDrive = SystemUser.call(() -> drives.open(outFund, drive).id());
		inDonation = SystemUser.call(() -> donations.record(inFund, gift(inDrive, Channel.CASH)).id());
		outDonation = SystemUser.call(() -> donations.record(outFund, gift(outDrive, Channel.CASH)).id());
		inDonor = SystemUser.call(() -> donations.get(inDonation).donor().id());
		outDonor = SystemUser.call(() -> donations.get(outDonation).donor().id());
		SystemUser.run(() -> donations.record(inFund, gift(inDrive, Channel.BANK)));
		SystemUser.run(() -> donations.record(outFund, gift(outDrive, Channel.BANK)));
		DisbursementDraft support = new DisbursementDraft(null, null, "Người nhận thử quyền", null, SupportKind.TET_GIFT,
				100_000L, Channel.CASH, "Quà Tết", null);
		inDisbursement = SystemUser.call(() -> disbursements.propose(inFund, support).id());
		outDisbursement = SystemUser.call(() -> disbursements.propose(outFund, support).id());
		SeedFixture.as(seed.users.get(Role.UNIT_ADMIN), () -> disbursements.approve(inDisbursement));
		SystemUser.run(() -> disbursements.pay(inDisbursement, today));
		SystemUser.run(() -> disbursements.acknowledge(inDisbursement, "phieu-nhan.jpg", PlanningFixture.PHOTO));
		inTransfer = SystemUser.call(() -> transfers.send(outFund, inFund, 200_000L, today, "Thử quyền", null).id());
		outTransfer = SystemUser.call(() -> transfers.send(inFund, outFund, 200_000L, today, "Thử quyền", null).id());
	}

	private static DonationDraft gift(long drive, Channel channel) {
		return new DonationDraft(drive, null, DonorKind.PERSON, "Nhà hảo tâm thử quyền", null, null, 5_000_000L, null,
				channel, null, null, null, null, null);
	}
}
