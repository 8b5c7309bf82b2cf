package vn.mattran.planning;

import java.time.LocalDate;

/**
 * A plan as its author writes it: kind, issuing (and drafting) body, year and dates, the plan it
 * implements and the campaign it serves, and its content.
 */
public record PlanDraft(PlanKind kind, Long issuerBodyId, Long draftingBodyId, Integer year, LocalDate startsOn,
		LocalDate endsOn, LocalDate reportDueOn, Long parentPlanId, Long campaignId, PlanContent content) {
}
