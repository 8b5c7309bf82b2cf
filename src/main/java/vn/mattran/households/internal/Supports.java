package vn.mattran.households.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.mattran.households.Household;
import vn.mattran.households.Need;
import vn.mattran.households.Support;
import vn.mattran.households.SupportDraft;
import vn.mattran.households.SupportKind;
import vn.mattran.shared.audit.AuditEvent;
import vn.mattran.shared.audit.AuditLog;
import vn.mattran.shared.error.InvalidInput;
import vn.mattran.shared.error.UserFacingException;
import vn.mattran.shared.security.CurrentUser;
import vn.mattran.shared.security.Role;
import vn.mattran.shared.security.Scope;

/**
 * What households received and need. A support from the fund names its source, so recording it
 * twice keeps one; one entered by hand names its giver. A support may meet an open need.
 */
@Service
public class Supports {

	private final Registry registry;
	private final SupportRepository supports;
	private final HouseholdRepository households;
	private final JdbcClient jdbc;
	private final AuditLog audit;

	Supports(Registry registry, SupportRepository supports, HouseholdRepository households, JdbcClient jdbc,
			AuditLog audit) {
		this.registry = registry;
		this.supports = supports;
		this.households = households;
		this.jdbc = jdbc;
		this.audit = audit;
	}

	@Transactional
	public Support record(SupportDraft draft) {
		CurrentUser.requireRole(Role.MEMBER_ORG_OFFICER);
		Household named = registry.get(draft.householdId());
		Household household = named.merged() ? registry.get(named.mergedInto()) : named;
		if (draft.kind() == null) {
			throw new InvalidInput("kind", "support.error.kind");
		}
		if (draft.amount() != null && draft.amount() <= 0) {
			throw new InvalidInput("amount", "support.error.amount", String.valueOf(draft.amount()));
		}
		String note = Registry.text(draft.valueNote(), 300);
		if (draft.amount() == null && note == null) {
			throw new InvalidInput("amount", "support.error.amountOrNote");
		}
		String giver = Registry.text(draft.giver(), 200);
		if (giver == null) {
			throw new InvalidInput("giver", "support.error.giver");
		}
		LocalDate on = draft.givenOn() == null ? registry.today() : draft.givenOn();
		if (on.isAfter(registry.today())) {
			throw new InvalidInput("givenOn", "support.error.future", on.toString());
		}
		if (draft.needId() != null) {
			Need need = supports.need(draft.needId()).filter(n -> households.withMerged(household.id()).contains(n.householdId()))
				.orElseThrow(() -> new InvalidInput("needId", "support.error.need", String.valueOf(draft.needId())));
			supports.meetNeed(need.id(), on);
		}
		SupportDraft clean = new SupportDraft(household.id(), draft.kind(), draft.amount(), note, on, giver,
				draft.fromFund(), draft.source(), draft.needId());
		return supports.insert(clean, CurrentUser.actorName()).map(id -> {
			Support saved = supports.ofHouseholds(List.of(household.id())).stream().filter(s -> s.id() == id)
				.findFirst().orElseThrow();
			audit.record(AuditEvent.created("household-support", id, household.unitPath(),
					"Hỗ trợ hộ " + household.head() + ": " + giver, saved));
			return saved;
		}).orElseGet(() -> supports.bySource(draft.source()).orElseThrow());
	}

	@Transactional
	public Need openNeed(long householdId, SupportKind kind, String description) {
		CurrentUser.requireRole(Role.MEMBER_ORG_OFFICER);
		Household household = registry.get(householdId);
		String text = Registry.text(description, 300);
		if (text == null && kind == null) {
			throw new InvalidInput("description", "need.error.empty");
		}
		SupportKind what = kind == null ? SupportKind.guess(text) : kind;
		long id = supports.insertNeed(householdId, what, text, registry.today(), CurrentUser.actorName());
		Need need = supports.need(id).orElseThrow();
		audit.record(AuditEvent.created("household-need", id, household.unitPath(),
				"Nhu cầu của hộ " + household.head(), need));
		return need;
	}

	@Transactional
	public void closeNeed(long needId) {
		CurrentUser.requireRole(Role.MEMBER_ORG_OFFICER);
		Need need = supports.need(needId).orElseThrow(() -> UserFacingException.notFound("need.error.notFound",
				String.valueOf(needId)));
		Household household = registry.get(need.householdId());
		supports.meetNeed(needId, registry.today());
		audit.record(AuditEvent.updated("household-need", needId, household.unitPath(),
				"Đóng nhu cầu của hộ " + household.head(), need, Map.of("metOn", registry.today())));
	}

	/** A household that got the same kind of support from more than one giver in the period. */
	public record Overlap(long householdId, String head, String areaPath, SupportKind kind, List<String> givers,
			long total, int count) {
	}

	/** A need that more than one support was recorded against. */
	public record NeedMetTwice(long needId, long householdId, String head, SupportKind kind, String description,
			List<String> givers) {
	}

	@Transactional(readOnly = true)
	public List<Overlap> overlaps(LocalDate from, LocalDate to) {
		Scope scope = CurrentUser.scope();
		return jdbc.sql("""
				select r.id as household, r.head_name as head, r.unit_path::text as path, s.kind,
				       array_agg(distinct s.giver order by s.giver) as givers, coalesce(sum(s.amount), 0) as total,
				       count(*) as n
				from hh_support s join hh_household h on h.id = s.household_id
				join hh_household r on r.id = coalesce(h.merged_into, h.id)
				where s.given_on between :from and :to and (:all or r.unit_path <@ cast(:scope as ltree[]))
				group by r.id, r.head_name, r.unit_path, r.head_sort, s.kind
				having count(distinct s.giver_folded) > 1
				order by r.unit_path, r.head_sort, s.kind
				limit 1000
				""")
			.param("from", from)
			.param("to", to)
			.param("all", scope.everything())
			.param("scope", scope.sqlArray())
			.query((rs, n) -> new Overlap(rs.getLong("household"), rs.getString("head"), rs.getString("path"),
					SupportKind.valueOf(rs.getString("kind")), List.of((String[]) rs.getArray("givers").getArray()),
					rs.getLong("total"), rs.getInt("n")))
			.list();
	}

	@Transactional(readOnly = true)
	public List<NeedMetTwice> needsMetTwice() {
		Scope scope = CurrentUser.scope();
		return jdbc.sql("""
				select n.id, n.household_id, h.head_name, n.kind, n.description,
				       array_agg(s.giver order by s.given_on) as givers
				from hh_need n join hh_household h on h.id = n.household_id join hh_support s on s.need_id = n.id
				where (:all or h.unit_path <@ cast(:scope as ltree[]))
				group by n.id, h.head_name, h.unit_path
				having count(s.id) > 1
				order by h.unit_path, n.id
				limit 1000
				""")
			.param("all", scope.everything())
			.param("scope", scope.sqlArray())
			.query((rs, n) -> new NeedMetTwice(rs.getLong("id"), rs.getLong("household_id"), rs.getString("head_name"),
					SupportKind.valueOf(rs.getString("kind")), rs.getString("description"),
					List.of((String[]) rs.getArray("givers").getArray())))
			.list();
	}
}
