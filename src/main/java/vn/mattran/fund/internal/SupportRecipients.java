package vn.mattran.fund.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.mattran.fund.Disbursement;
import vn.mattran.fund.DisbursementDraft;
import vn.mattran.fund.DisbursementStatus;
import vn.mattran.fund.Fund;
import vn.mattran.households.HouseholdSummary;
import vn.mattran.households.Households;
import vn.mattran.organization.Organization;
import vn.mattran.organization.Unit;
import vn.mattran.shared.error.InvalidInput;
import vn.mattran.shared.format.Formats;
import vn.mattran.shared.security.CurrentUser;
import vn.mattran.shared.text.VietnameseText;

/**
 * Whom a support payment reaches and what it meets: a household of the registry, a stage of a project within its
 * budget, or a named recipient, always in an area under the fund's unit and in the proposer's scope; and the open need
 * of that household it is for, held by one payment at a time.
 */
@Component
class SupportRecipients {

	private final DisbursementRepository disbursements;
	private final Households households;
	private final Organization organization;
	private final JdbcClient jdbc;

	SupportRecipients(DisbursementRepository disbursements, Households households, Organization organization,
			JdbcClient jdbc) {
		this.disbursements = disbursements;
		this.households = households;
		this.organization = organization;
		this.jdbc = jdbc;
	}

	/** Who receives a support, as the fund board's decision names them, and the area it goes to. */
	record Recipient(String name, Unit unit) {
	}

	/** Who receives it and in which area: a household of the registry, a project's stage, or a named recipient. */
	Recipient of(Fund fund, DisbursementDraft draft, long amount) {
		Recipient recipient;
		if (draft.householdId() != null) {
			HouseholdSummary household = households.summary(draft.householdId());
			recipient = new Recipient("Hộ " + household.head(), organization.unit(household.unitId()));
		}
		else if (draft.projectId() != null) {
			Projects.Project project = projects(fund.id(), draft.projectId());
			long staged = disbursements.ofProject(project.id()).stream()
				.filter(s -> s.status() != DisbursementStatus.REJECTED).mapToLong(Disbursement::amount).sum();
			if (staged + amount > project.budget()) {
				throw new InvalidInput("amount", "fund.error.projectBudget", Formats.money(amount),
						Formats.money(project.budget() - staged), project.title());
			}
			recipient = new Recipient(project.title(), organization.unit(project.unitId()));
		}
		else {
			String name = VietnameseText.cleanOrNull(draft.recipient());
			if (name == null) {
				throw new InvalidInput("recipient", "fund.error.recipient");
			}
			recipient = new Recipient(name, organization.unit(draft.unitId() == null ? fund.unitId() : draft.unitId()));
		}
		Unit unit = recipient.unit();
		if (!unit.path().equals(fund.unitPath()) && !unit.path().startsWith(fund.unitPath() + ".")) {
			throw new InvalidInput("unitId", "fund.error.recipientOutside", unit.name(), fund.name());
		}
		CurrentUser.requireInScope(unit.path(), unit.name());
		return recipient;
	}

	/** The need a payment meets must be an open need of the household it goes to (or of the project's household). */
	void requireOpenNeed(DisbursementDraft draft) {
		if (draft.needId() == null) {
			return;
		}
		Long household = household(draft.householdId(), draft.projectId());
		if (household == null) {
			throw new InvalidInput("needId", "fund.error.needWithoutHousehold");
		}
		if (households.openNeeds(household).stream().noneMatch(need -> need.id() == draft.needId())) {
			throw new InvalidInput("needId", "fund.error.needNotOpen", String.valueOf(draft.needId()));
		}
		boolean held = jdbc.sql("""
				select exists (select 1 from fund_disbursement where need_id = :need and status in ('PROPOSED', 'APPROVED'))
				""").param("need", draft.needId()).query(Boolean.class).single();
		if (held) {
			throw new InvalidInput("needId", "fund.error.needTaken", String.valueOf(draft.needId()));
		}
	}

	private Projects.Project projects(long fundId, long projectId) {
		return Projects.find(jdbc, projectId).filter(p -> p.fundId() == fundId)
			.orElseThrow(() -> new InvalidInput("projectId", "fund.error.projectNotFound", String.valueOf(projectId)));
	}

	/** The household a payment reaches: its own, or the household of the project it pays a stage of. */
	Long household(Long householdId, Long projectId) {
		if (householdId != null) {
			return householdId;
		}
		return projectId == null ? null : Projects.find(jdbc, projectId).map(Projects.Project::householdId).orElse(null);
	}
}
