package vn.mattran.fund.web;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import vn.mattran.fund.Channel;
import vn.mattran.fund.DonationDraft;
import vn.mattran.fund.DonorKind;

/**
 * The donation form. {@code donor} is what the user chose among the known donors suggested: a
 * donor's id, "new" for someone not among them, or empty while nothing was suggested.
 */
public class DonationForm {

	static final String NEW_DONOR = "new";

	private String donor = "";
	private DonorKind donorKind = DonorKind.PERSON;
	private String donorName;
	private String donorAddress;
	private String donorPhone;
	private String amount;
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate receivedOn;
	private Channel channel = Channel.CASH;
	private Long driveId;
	private Long unitId;
	private String inKind;
	private String note;
	private Long pledgeId;

	/** The known donor chosen, or null for a new one. */
	Long donorId() {
		return donor != null && donor.matches("\\d{1,18}") ? Long.valueOf(donor) : null;
	}

	/** True once the user said the donor is none of those suggested (or picked one of them). */
	boolean donorDecided() {
		return NEW_DONOR.equals(donor) || donorId() != null;
	}

	DonationDraft draft() {
		return new DonationDraft(driveId, donorId(), donorKind, donorName, donorAddress, donorPhone,
				MoneyInput.parse(amount, "amount"), receivedOn, channel, unitId, inKind, note, pledgeId, null);
	}

	public String getDonor() {
		return donor;
	}

	public void setDonor(String donor) {
		this.donor = donor;
	}

	public DonorKind getDonorKind() {
		return donorKind;
	}

	public void setDonorKind(DonorKind donorKind) {
		this.donorKind = donorKind;
	}

	public String getDonorName() {
		return donorName;
	}

	public void setDonorName(String donorName) {
		this.donorName = donorName;
	}

	public String getDonorAddress() {
		return donorAddress;
	}

	public void setDonorAddress(String donorAddress) {
		this.donorAddress = donorAddress;
	}

	public String getDonorPhone() {
		return donorPhone;
	}

	public void setDonorPhone(String donorPhone) {
		this.donorPhone = donorPhone;
	}

	public String getAmount() {
		return amount;
	}

	public void setAmount(String amount) {
		this.amount = amount;
	}

	public LocalDate getReceivedOn() {
		return receivedOn;
	}

	public void setReceivedOn(LocalDate receivedOn) {
		this.receivedOn = receivedOn;
	}

	public Channel getChannel() {
		return channel;
	}

	public void setChannel(Channel channel) {
		this.channel = channel;
	}

	public Long getDriveId() {
		return driveId;
	}

	public void setDriveId(Long driveId) {
		this.driveId = driveId;
	}

	public Long getUnitId() {
		return unitId;
	}

	public void setUnitId(Long unitId) {
		this.unitId = unitId;
	}

	public String getInKind() {
		return inKind;
	}

	public void setInKind(String inKind) {
		this.inKind = inKind;
	}

	public String getNote() {
		return note;
	}

	public void setNote(String note) {
		this.note = note;
	}

	public Long getPledgeId() {
		return pledgeId;
	}

	public void setPledgeId(Long pledgeId) {
		this.pledgeId = pledgeId;
	}
}
