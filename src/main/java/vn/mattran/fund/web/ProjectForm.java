package vn.mattran.fund.web;

import vn.mattran.households.SupportKind;

/** A project paid in stages (a Great Solidarity house) as the page posts it. */
public class ProjectForm {

	private String title;
	private Long householdId;
	private SupportKind kind = SupportKind.HOUSE_BUILD;
	private String budget;

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public Long getHouseholdId() {
		return householdId;
	}

	public void setHouseholdId(Long householdId) {
		this.householdId = householdId;
	}

	public SupportKind getKind() {
		return kind;
	}

	public void setKind(SupportKind kind) {
		this.kind = kind;
	}

	public String getBudget() {
		return budget;
	}

	public void setBudget(String budget) {
		this.budget = budget;
	}
}
