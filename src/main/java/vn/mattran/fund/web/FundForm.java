package vn.mattran.fund.web;

import vn.mattran.fund.FundKind;

/** The form that opens a fund for a unit of the scope. */
public class FundForm {

	private Long unitId;
	private String name;
	private FundKind kind = FundKind.FOR_THE_POOR;
	private String bankAccount;
	private String bankName;

	public Long getUnitId() {
		return unitId;
	}

	public void setUnitId(Long unitId) {
		this.unitId = unitId;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public FundKind getKind() {
		return kind;
	}

	public void setKind(FundKind kind) {
		this.kind = kind;
	}

	public String getBankAccount() {
		return bankAccount;
	}

	public void setBankAccount(String bankAccount) {
		this.bankAccount = bankAccount;
	}

	public String getBankName() {
		return bankName;
	}

	public void setBankName(String bankName) {
		this.bankName = bankName;
	}
}
