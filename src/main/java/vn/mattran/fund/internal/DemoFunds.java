package vn.mattran.fund.internal;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.mattran.fund.Channel;
import vn.mattran.fund.DisbursementDraft;
import vn.mattran.fund.Donation;
import vn.mattran.fund.DonationDraft;
import vn.mattran.fund.DonorKind;
import vn.mattran.fund.Drive;
import vn.mattran.fund.Fund;
import vn.mattran.fund.FundKind;
import vn.mattran.households.Classification;
import vn.mattran.households.HouseholdSummary;
import vn.mattran.households.Need;
import vn.mattran.households.Households;
import vn.mattran.households.SupportKind;
import vn.mattran.planning.PlanLookup;
import vn.mattran.planning.PlanSummary;
import vn.mattran.organization.Organization;
import vn.mattran.organization.Unit;
import vn.mattran.shared.data.Datasets;
import vn.mattran.shared.print.Pdf;
import vn.mattran.shared.security.MattranUser;
import vn.mattran.shared.security.SystemUser;
import vn.mattran.shared.web.PageRequest;

/**
 * The funds of seeds 002 and 003 with plausible, clearly fictitious entries: An Lão district's drive
 * for Great Solidarity houses in Điện Biên (01/8–30/9/2023, one day's wage), its money sent to Điện
 * Biên's fund and confirmed there, the year 2023 closed; and Lê Đại Hành ward's peak month
 * (17/10–18/11/2024) with targets for its 9 groups, donations in cash, by bank and in kind, a
 * pledge, a voided receipt, and support to households of the registry at every stage.
 */
@Component
@Order(50)
class DemoFunds implements ApplicationRunner {

	static final String DATASET = "demo-funds";
	private static final Logger log = LoggerFactory.getLogger(DemoFunds.class);
	private static final LocalDate DISTRICT_DAY = LocalDate.of(2023, 8, 1);
	private static final LocalDate WARD_DAY = LocalDate.of(2024, 10, 17);

	private final Funds funds;
	private final Drives drives;
	private final Donations donations;
	private final Pledges pledges;
	private final Transfers transfers;
	private final Disbursements disbursements;
	private final Projects projects;
	private final Households households;
	private final PlanLookup plans;
	private final Organization organization;
	private final Datasets datasets;
	private final TransactionTemplate transaction;
	private final boolean demo;

	DemoFunds(Funds funds, Drives drives, Donations donations, Pledges pledges, Transfers transfers,
			Disbursements disbursements, Projects projects, Households households, PlanLookup plans, Organization organization,
			Datasets datasets, TransactionTemplate transaction, @Value("${mattran.setup.demo:true}") boolean demo) {
		this.funds = funds;
		this.drives = drives;
		this.donations = donations;
		this.pledges = pledges;
		this.transfers = transfers;
		this.disbursements = disbursements;
		this.projects = projects;
		this.households = households;
		this.plans = plans;
		this.organization = organization;
		this.datasets = datasets;
		this.transaction = transaction;
		this.demo = demo;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (demo && !args.containsOption(LedgerCommand.OPTION)) {
			SystemUser.run(() -> transaction.executeWithoutResult(status -> datasets.loadOnce(DATASET, this::load)));
		}
	}

	private int load() {
		Optional<Unit> anLao = organization.unitByCode("313", DISTRICT_DAY);
		Optional<Unit> dienBien = organization.unitByCode("11", DISTRICT_DAY);
		Optional<Unit> ward = organization.unitByCode("00256", WARD_DAY);
		int made = 0;
		if (anLao.isPresent() && dienBien.isPresent()) {
			made += district(anLao.get(), dienBien.get());
		}
		if (ward.isPresent()) {
			made += ward(ward.get());
		}
		log.info("Demo funds loaded: {} donations", made);
		return made;
	}

	/** Seed 002: the district's drive, its communes collecting, the money sent to Điện Biên. */
	private int district(Unit anLao, Unit dienBien) {
		Fund fund = funds.create(anLao.id(), "Quỹ “Vì người nghèo” huyện An Lão", FundKind.FOR_THE_POOR,
				"1234 5678 9012 (minh họa)", "Ngân hàng Nông nghiệp và Phát triển Nông thôn, chi nhánh An Lão");
		funds.addBoardMember(fund.id(), "Nguyễn Thị Nhung", "Trưởng ban");
		funds.addBoardMember(fund.id(), "Phạm Văn Khánh (minh họa)", "Phó Trưởng ban");
		funds.addBoardMember(fund.id(), "Lê Thị Hạnh (minh họa)", "Kế toán");
		Drive drive = drives.open(fund.id(), new Drives.DriveDraft(
				"Vận động ủng hộ kinh phí hỗ trợ làm nhà đại đoàn kết cho hộ nghèo tỉnh Điện Biên",
				"Hướng tới kỷ niệm 70 năm chiến thắng Điện Biên Phủ (07/5/1954 – 07/5/2024), theo Kế hoạch số 50/KH-MTTQ-BTT.",
				DISTRICT_DAY, LocalDate.of(2023, 9, 30),
				plans.bySymbol("50/KH-MTTQ-BTT", 2023).map(PlanSummary::id).orElse(null), EnumSet.of(Channel.CASH, Channel.BANK),
				"Mỗi cán bộ, công chức, viên chức, người lao động ủng hộ ít nhất một ngày lương", 22,
				"Hộ nghèo tỉnh Điện Biên"));
		List<Unit> communes = organization.children(anLao.id(), DISTRICT_DAY);
		drives.setTarget(drive.id(), anLao.id(), 500_000_000L);
		for (int i = 0; i < Math.min(6, communes.size()); i++) {
			drives.setTarget(drive.id(), communes.get(i).id(), 30_000_000L);
		}
		int n = 0;
		n += give(fund, drive, null, DonorKind.AGENCY, "Ủy ban nhân dân huyện An Lão (một ngày lương)", 18_640_000,
				"2023-08-10", Channel.BANK);
		n += give(fund, drive, null, DonorKind.AGENCY, "Trung tâm Văn hóa, Thông tin và Thể thao huyện An Lão (một ngày lương)",
				3_180_000, "2023-08-11", Channel.BANK);
		n += give(fund, drive, null, DonorKind.BUSINESS, "Công ty TNHH Cơ khí An Tiến (minh họa)", 50_000_000,
				"2023-08-15", Channel.BANK);
		n += give(fund, drive, null, DonorKind.BUSINESS, "Hợp tác xã Dịch vụ nông nghiệp Quốc Tuấn (minh họa)", 20_000_000,
				"2023-08-22", Channel.BANK);
		n += give(fund, drive, null, DonorKind.OVERSEAS, "Kiều bào Nguyễn Văn An, Cộng hòa Séc (minh họa)", 10_000_000,
				"2023-09-02", Channel.BANK);
		n += give(fund, drive, null, DonorKind.ANONYMOUS, null, 5_000_000, "2023-09-05", Channel.CASH);
		String[] people = { "Hoàng Văn Lợi", "Đỗ Thị Thu", "Vũ Minh Đức", "Bùi Thị Hoa", "Ngô Văn Thành",
				"Trịnh Thị Lan" };
		for (int i = 0; i < Math.min(6, communes.size()); i++) {
			Unit commune = communes.get(i);
			n += give(fund, drive, commune, DonorKind.AGENCY, "Cán bộ, công chức " + lowerFirst(commune.name())
					+ " (một ngày lương)", 4_200_000 + 350_000L * i, "2023-08-" + (16 + i), Channel.CASH);
			n += give(fund, drive, commune, DonorKind.PERSON, people[i] + " (minh họa)", 500_000L * (1 + i % 3),
					"2023-09-" + (10 + i), Channel.CASH);
			n += give(fund, drive, commune, DonorKind.HOUSEHOLD, "Hộ gia đình thôn " + (i + 1) + ", " + commune.name()
					+ " (minh họa)", 2_000_000L + 100_000L * i, "2023-09-" + (18 + i), Channel.CASH);
		}
		Fund held = funds.get(fund.id());
		transfers.moveCash(fund.id(), held.cash(), LocalDate.of(2023, 10, 2), true);
		Fund receiver = funds.create(dienBien.id(), "Quỹ “Vì người nghèo” tỉnh Điện Biên", FundKind.FOR_THE_POOR,
				"9876 5432 1000 (minh họa)", "Kho bạc Nhà nước tỉnh Điện Biên (minh họa)");
		var sent = transfers.send(fund.id(), receiver.id(), funds.get(fund.id()).bank(), LocalDate.of(2023, 10, 3),
				"Chuyển kinh phí ủng hộ làm nhà đại đoàn kết cho hộ nghèo tỉnh Điện Biên (Kế hoạch 50/KH-MTTQ-BTT)",
				drive.id());
		transfers.confirm(sent.id(), LocalDate.of(2023, 10, 6));
		funds.closePeriod(fund.id(), "2023");
		return n;
	}

	/** Seed 003: the ward's peak month, its 9 groups collecting, support to households of the registry. */
	private int ward(Unit ward) {
		Fund fund = funds.create(ward.id(), "Quỹ “Vì người nghèo” phường Lê Đại Hành", FundKind.FOR_THE_POOR,
				"0011 0040 0256 (minh họa)", "Ngân hàng TMCP Ngoại thương Việt Nam, chi nhánh Hai Bà Trưng (minh họa)");
		funds.addBoardMember(fund.id(), "Trần Thanh Tuấn", "Trưởng ban");
		funds.addBoardMember(fund.id(), "Nguyễn Thị Minh (minh họa)", "Phó Trưởng ban");
		funds.addBoardMember(fund.id(), "Đào Thu Hà (minh họa)", "Kế toán");
		Drive drive = drives.open(fund.id(), new Drives.DriveDraft(
				"Tháng cao điểm “Vì người nghèo” và an sinh xã hội năm 2024",
				"Vận động các cơ quan, đơn vị, doanh nghiệp và Nhân dân ủng hộ Quỹ “Vì người nghèo” phường.", WARD_DAY,
				LocalDate.of(2024, 11, 18), null, EnumSet.allOf(Channel.class), null, 22, null));
		List<Unit> groups = organization.children(ward.id(), WARD_DAY);
		drives.setTarget(drive.id(), ward.id(), 150_000_000L);
		int n = 0;
		for (int g = 0; g < groups.size(); g++) {
			Unit group = groups.get(g);
			drives.setTarget(drive.id(), group.id(), 8_000_000L);
			for (int k = 0; k < 3; k++) {
				n += give(fund, drive, group, k == 2 ? DonorKind.HOUSEHOLD : DonorKind.PERSON,
						(k == 2 ? "Các hộ " : "Nhà hảo tâm ") + lowerFirst(group.name()) + " (" + (k + 1) + ", minh họa)",
						1_000_000L + 500_000L * ((g + k) % 5), "2024-10-" + (20 + g), Channel.CASH);
			}
		}
		n += give(fund, drive, null, DonorKind.AGENCY, "Ủy ban nhân dân phường Lê Đại Hành (một ngày lương)", 9_350_000,
				"2024-10-25", Channel.BANK);
		n += give(fund, drive, null, DonorKind.BUSINESS, "Công ty Cổ phần Thương mại Vân Hồ (minh họa)", 30_000_000,
				"2024-10-28", Channel.BANK);
		n += give(fund, drive, null, DonorKind.BUSINESS, "Siêu thị mini Bùi Thị Xuân (minh họa)", 4_500_000,
				"2024-10-30", Channel.IN_KIND);
		Donation mistaken = donations.record(fund.id(), draft(drive, null, DonorKind.PERSON, "Lê Văn Nhầm (minh họa)",
				5_000_000, "2024-11-02", Channel.CASH, null));
		donations.voidReceipt(mistaken.id(), "Ghi nhầm số tiền (500.000 đ), đã lập biên lai khác",
				LocalDate.of(2024, 11, 2));
		n += give(fund, drive, null, DonorKind.PERSON, "Lê Văn Nhầm (minh họa)", 500_000, "2024-11-02", Channel.CASH);
		var pledge = pledges.pledge(fund.id(), draft(drive, null, DonorKind.BUSINESS, "Ngân hàng TMCP Phố Huế (minh họa)",
				40_000_000, "2024-10-18", Channel.BANK, null), LocalDate.of(2024, 11, 15));
		donations.record(fund.id(), new DonationDraft(drive.id(), pledge.donorId(), null, null, null, null, 25_000_000L,
				LocalDate.of(2024, 11, 8), Channel.BANK, null, null, "Thực hiện một phần cam kết", pledge.id(), null));
		n++;
		transfers.moveCash(fund.id(), 20_000_000L, LocalDate.of(2024, 11, 1), true);
		support(fund, drive, ward);
		return n;
	}

	/** Support to households of the ward's registry: paid and acknowledged, paid, approved, proposed; a house in two stages. */
	private void support(Fund fund, Drive drive, Unit ward) {
		List<HouseholdSummary> poor = households.within(ward.id(), Classification.POOR, new PageRequest(0, 10)).items();
		List<HouseholdSummary> hardship = households.within(ward.id(), Classification.SPECIAL_HARDSHIP,
				new PageRequest(0, 5)).items();
		List<HouseholdSummary> nearPoor = households.within(ward.id(), Classification.NEAR_POOR, new PageRequest(0, 5))
			.items();
		if (poor.size() < 4 || hardship.isEmpty() || nearPoor.size() < 2) {
			return;
		}
		MattranUser officer = officer(ward).orElse(null);
		if (officer == null) {
			return;
		}
		step(fund, drive, poor.get(0), SupportKind.WORK_TOOLS, 5_000_000, "Máy khâu để làm nghề may", officer, 3);
		step(fund, drive, poor.get(1), SupportKind.PUPIL, 2_000_000, "Đỡ đầu một học sinh năm học 2024–2025", officer, 3);
		step(fund, drive, hardship.get(0), SupportKind.GRAVE_ILLNESS, 3_000_000, "Hỗ trợ điều trị bệnh hiểm nghèo",
				officer, 2);
		step(fund, drive, nearPoor.get(0), SupportKind.CAPITAL, 10_000_000, "Vốn buôn bán nhỏ", officer, 1);
		step(fund, drive, nearPoor.get(1), SupportKind.VOCATIONAL_TRAINING, 1_500_000, "Học nghề sửa xe máy", officer, 0);
		HouseholdSummary house = poor.get(2);
		Projects.Project repair = projects.create(fund.id(), "Sửa chữa nhà cho hộ " + house.head(), house.id(),
				SupportKind.HOUSE_REPAIR, 30_000_000L, null);
		long stage = as(officer, () -> disbursements.propose(fund.id(), new DisbursementDraft(null, repair.id(), null,
				null, SupportKind.HOUSE_REPAIR, 15_000_000L, Channel.BANK, "Đợt 1: làm lại mái", drive.id()),
				LocalDate.of(2024, 11, 5)).id());
		disbursements.approve(stage, LocalDate.of(2024, 11, 8));
		disbursements.pay(stage, LocalDate.of(2024, 11, 12));
	}

	/** One support moved {@code stages} steps along: proposed (0), approved (1), paid (2), acknowledged (3). */
	private void step(Fund fund, Drive drive, HouseholdSummary household, SupportKind kind, long amount, String reason,
			MattranUser officer, int stages) {
		// a household that asked for this kind of help gets it against that need, which closes when it is paid
		Long need = as(officer, () -> households.openNeeds(household.id()).stream().filter(n -> n.kind() == kind)
			.map(Need::id).findFirst().orElse(null));
		long id = as(officer, () -> disbursements.propose(fund.id(), new DisbursementDraft(household.id(), null, null,
				null, kind, amount, Channel.CASH, reason, drive.id(), need), LocalDate.of(2024, 11, 11)).id());
		if (stages >= 1) {
			disbursements.approve(id, LocalDate.of(2024, 11, 13));
		}
		if (stages >= 2) {
			disbursements.pay(id, LocalDate.of(2024, 11, 14));
		}
		if (stages >= 3) {
			byte[] form = Pdf.render("""
					<html><body style="font-family: 'Times New Roman'"><h3>PHIẾU NHẬN HỖ TRỢ (minh họa)</h3>
					<p>Hộ %s đã nhận hỗ trợ: %s.</p><p>Ký nhận: (đã ký)</p></body></html>
					""".formatted(household.head(), reason));
			disbursements.acknowledge(id, "phieu-nhan-ho-tro-" + id + ".pdf", form);
		}
	}

	private int give(Fund fund, Drive drive, Unit collector, DonorKind kind, String name, long amount, String day,
			Channel channel) {
		donations.record(fund.id(), draft(drive, collector, kind, name, amount, day, channel,
				channel == Channel.IN_KIND ? "20 thùng mì tôm, 10 bao gạo 25 kg" : null));
		return 1;
	}

	private static DonationDraft draft(Drive drive, Unit collector, DonorKind kind, String name, long amount, String day,
			Channel channel, String inKind) {
		return new DonationDraft(drive.id(), null, kind, name, null, null, amount, LocalDate.parse(day), channel,
				collector == null ? null : collector.id(), inKind, null, null, null);
	}

	/** The ward's officer proposes, the system (standing in for the fund board) approves: never the same person. */
	private Optional<MattranUser> officer(Unit ward) {
		return organization.usersAt(ward.id()).stream().filter(u -> u.username().equals("ledaihanh")).findFirst()
			.flatMap(u -> organization.enabledUser(u.id()));
	}

	private static <T> T as(MattranUser user, java.util.function.Supplier<T> work) {
		return SystemUser.as(user, work);
	}

	private static String lowerFirst(String name) {
		return name.isEmpty() ? name : Character.toLowerCase(name.charAt(0)) + name.substring(1);
	}
}
