package vn.mattran.fund.web;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import vn.mattran.fund.DonationDraft;
import vn.mattran.fund.DonorKind;

/** A pledge (cam kết) as the page posts it: who, how much, by when, for which drive. */
public class PledgeForm {

	private DonorKind donorKind = DonorKind.BUSINESS;
	private String donorName;
	private String donorPhone;
	private String amount;
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate pledgedOn;
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate dueOn;
	private Long driveId;
	private String note;

	DonationDraft draft() {
		return new DonationDraft(driveId, null, donorKind, donorName, null, donorPhone, MoneyInput.parse(amount, "amount"),
				pledgedOn, null, null, null, note, null, null);
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

	public LocalDate getPledgedOn() {
		return pledgedOn;
	}

	public void setPledgedOn(LocalDate pledgedOn) {
		this.pledgedOn = pledgedOn;
	}

	public LocalDate getDueOn() {
		return dueOn;
	}

	public void setDueOn(LocalDate dueOn) {
		this.dueOn = dueOn;
	}

	public Long getDriveId() {
		return driveId;
	}

	public void setDriveId(Long driveId) {
		this.driveId = driveId;
	}

	public String getNote() {
		return note;
	}

	public void setNote(String note) {
		this.note = note;
	}
}
