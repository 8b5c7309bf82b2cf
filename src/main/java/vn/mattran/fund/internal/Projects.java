package vn.mattran.fund.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.mattran.fund.Disbursement;
import vn.mattran.fund.Fund;
import vn.mattran.households.HouseholdSummary;
import vn.mattran.households.Households;
import vn.mattran.households.SupportKind;
import vn.mattran.organization.Organization;
import vn.mattran.organization.Unit;
import vn.mattran.shared.audit.AuditEvent;
import vn.mattran.shared.audit.AuditLog;
import vn.mattran.shared.error.InvalidInput;
import vn.mattran.shared.format.Formats;
import vn.mattran.shared.security.CurrentUser;
import vn.mattran.shared.security.Role;
import vn.mattran.shared.text.VietnameseText;

/** Projects paid in stages (a Great Solidarity house): a budget, and disbursements that name the project. */
@Service
public class Projects {

	private final JdbcClient jdbc;
	private final Funds funds;
	private final Households households;
	private final Organization organization;
	private final DisbursementRepository disbursements;
	private final AuditLog audit;

	Projects(JdbcClient jdbc, Funds funds, Households households, Organization organization,
			DisbursementRepository disbursements, AuditLog audit) {
		this.jdbc = jdbc;
		this.funds = funds;
		this.households = households;
		this.organization = organization;
		this.disbursements = disbursements;
		this.audit = audit;
	}

	public record Project(long id, long fundId, String title, Long householdId, SupportKind kind, long budget,
			long unitId) {
	}

	@Transactional
	public Project create(long fundId, String title, Long householdId, SupportKind kind, Long budget, Long unitId) {
		CurrentUser.requireRole(Role.OFFICER);
		Fund fund = funds.get(fundId);
		String name = VietnameseText.cleanOrNull(title);
		if (name == null) {
			throw new InvalidInput("title", "fund.error.projectTitle");
		}
		long amount = Donations.amount(budget);
		Unit unit;
		if (householdId != null) {
			HouseholdSummary household = households.summary(householdId);
			unit = organization.unit(household.unitId());
		}
		else {
			unit = organization.unit(unitId == null ? fund.unitId() : unitId);
		}
		if (!unit.path().equals(fund.unitPath()) && !unit.path().startsWith(fund.unitPath() + ".")) {
			throw new InvalidInput("unitId", "fund.error.recipientOutside", unit.name(), fund.name());
		}
		CurrentUser.requireInScope(unit.path(), unit.name());
		long id = jdbc.sql("""
				insert into fund_project (fund_id, title, household_id, support_kind, budget, unit_id, unit_path)
				values (:fund, :title, :household, :kind, :budget, :unit, cast(:path as ltree)) returning id
				""").param("fund", fundId).param("title", name).param("household", householdId)
			.param("kind", (kind == null ? SupportKind.HOUSE_BUILD : kind).name()).param("budget", amount)
			.param("unit", unit.id()).param("path", unit.path()).query(Long.class).single();
		audit.record(AuditEvent.created("fund-project", id, unit.path(), "Công trình: " + name + ", " + Formats.money(amount),
				Map.of("title", name, "budget", amount)));
		return find(jdbc, id).orElseThrow();
	}

	@Transactional(readOnly = true)
	public List<Project> list(long fundId) {
		funds.get(fundId);
		return jdbc.sql("select * from fund_project where fund_id = :fund order by id").param("fund", fundId)
			.query((rs, n) -> row(rs)).list();
	}

	@Transactional(readOnly = true)
	public List<Disbursement> stages(long projectId) {
		Project project = find(jdbc, projectId).orElseThrow(
				() -> vn.mattran.shared.error.UserFacingException.notFound("fund.error.projectNotFound", String.valueOf(projectId)));
		funds.get(project.fundId());
		return disbursements.ofProject(projectId);
	}

	static Optional<Project> find(JdbcClient jdbc, long id) {
		return jdbc.sql("select * from fund_project where id = :id").param("id", id).query((rs, n) -> row(rs)).optional();
	}

	private static Project row(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new Project(rs.getLong("id"), rs.getLong("fund_id"), rs.getString("title"), (Long) rs.getObject("household_id"),
				SupportKind.valueOf(rs.getString("support_kind")), rs.getLong("budget"), rs.getLong("unit_id"));
	}
}
