package vn.mattran.fund.web;

import vn.mattran.fund.Channel;
import vn.mattran.fund.DisbursementDraft;
import vn.mattran.households.SupportKind;

/** The form that proposes a support payment: to a household of the registry, to a project's stage, or to a named recipient. */
public class DisbursementForm {

	/** Who receives it: one of the three kinds of recipient the form offers. */
	public enum Target {
		HOUSEHOLD, PROJECT, RECIPIENT
	}

	private Target target = Target.HOUSEHOLD;
	private Long householdId;
	private Long projectId;
	private String recipient;
	private Long unitId;
	private SupportKind kind;
	private String amount;
	private Channel channel = Channel.CASH;
	private String reason;
	private Long driveId;
	private Long needId;

	DisbursementDraft draft() {
		Target to = target == null ? Target.RECIPIENT : target;
		return new DisbursementDraft(to == Target.HOUSEHOLD ? householdId : null, to == Target.PROJECT ? projectId : null,
				to == Target.RECIPIENT ? recipient : null, to == Target.RECIPIENT ? unitId : null, kind,
				MoneyInput.parse(amount, "amount"), channel, reason, driveId, to == Target.HOUSEHOLD ? needId : null);
	}

	public Long getNeedId() {
		return needId;
	}

	public void setNeedId(Long needId) {
		this.needId = needId;
	}

	public Target getTarget() {
		return target;
	}

	public void setTarget(Target target) {
		this.target = target;
	}

	public Long getHouseholdId() {
		return householdId;
	}

	public void setHouseholdId(Long householdId) {
		this.householdId = householdId;
	}

	public Long getProjectId() {
		return projectId;
	}

	public void setProjectId(Long projectId) {
		this.projectId = projectId;
	}

	public String getRecipient() {
		return recipient;
	}

	public void setRecipient(String recipient) {
		this.recipient = recipient;
	}

	public Long getUnitId() {
		return unitId;
	}

	public void setUnitId(Long unitId) {
		this.unitId = unitId;
	}

	public SupportKind getKind() {
		return kind;
	}

	public void setKind(SupportKind kind) {
		this.kind = kind;
	}

	public String getAmount() {
		return amount;
	}

	public void setAmount(String amount) {
		this.amount = amount;
	}

	public Channel getChannel() {
		return channel;
	}

	public void setChannel(Channel channel) {
		this.channel = channel;
	}

	public String getReason() {
		return reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

	public Long getDriveId() {
		return driveId;
	}

	public void setDriveId(Long driveId) {
		this.driveId = driveId;
	}
}
