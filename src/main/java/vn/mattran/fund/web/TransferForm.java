package vn.mattran.fund.web;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** The form that sends money to another fund: which, how much, when, what for, and from which drive. */
public class TransferForm {

	private Long toFundId;
	private String amount;
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate sentOn;
	private String purpose;
	private Long driveId;

	public Long getToFundId() {
		return toFundId;
	}

	public void setToFundId(Long toFundId) {
		this.toFundId = toFundId;
	}

	public String getAmount() {
		return amount;
	}

	public void setAmount(String amount) {
		this.amount = amount;
	}

	public LocalDate getSentOn() {
		return sentOn;
	}

	public void setSentOn(LocalDate sentOn) {
		this.sentOn = sentOn;
	}

	public String getPurpose() {
		return purpose;
	}

	public void setPurpose(String purpose) {
		this.purpose = purpose;
	}

	public Long getDriveId() {
		return driveId;
	}

	public void setDriveId(Long driveId) {
		this.driveId = driveId;
	}
}
