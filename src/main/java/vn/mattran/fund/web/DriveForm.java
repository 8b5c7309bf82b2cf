package vn.mattran.fund.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import vn.mattran.fund.Channel;
import vn.mattran.fund.internal.Drives;

/** The form that opens a drive: title, purpose, period, channels accepted, the norm and the day's-wage divisor. */
public class DriveForm {

	private String title;
	private String purpose;
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate startsOn;
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate endsOn;
	private Long planId;
	private List<Channel> channels = new ArrayList<>(List.of(Channel.values()));
	private String norm;
	private Integer dayWageDivisor = 22;
	private String beneficiary;

	Drives.DriveDraft draft() {
		return new Drives.DriveDraft(title, purpose, startsOn, endsOn, planId,
				channels == null || channels.isEmpty() ? null : EnumSet.copyOf(channels), norm, dayWageDivisor,
				beneficiary);
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getPurpose() {
		return purpose;
	}

	public void setPurpose(String purpose) {
		this.purpose = purpose;
	}

	public LocalDate getStartsOn() {
		return startsOn;
	}

	public void setStartsOn(LocalDate startsOn) {
		this.startsOn = startsOn;
	}

	public LocalDate getEndsOn() {
		return endsOn;
	}

	public void setEndsOn(LocalDate endsOn) {
		this.endsOn = endsOn;
	}

	public Long getPlanId() {
		return planId;
	}

	public void setPlanId(Long planId) {
		this.planId = planId;
	}

	public List<Channel> getChannels() {
		return channels;
	}

	public void setChannels(List<Channel> channels) {
		this.channels = channels;
	}

	public String getNorm() {
		return norm;
	}

	public void setNorm(String norm) {
		this.norm = norm;
	}

	public Integer getDayWageDivisor() {
		return dayWageDivisor;
	}

	public void setDayWageDivisor(Integer dayWageDivisor) {
		this.dayWageDivisor = dayWageDivisor;
	}

	public String getBeneficiary() {
		return beneficiary;
	}

	public void setBeneficiary(String beneficiary) {
		this.beneficiary = beneficiary;
	}
}
