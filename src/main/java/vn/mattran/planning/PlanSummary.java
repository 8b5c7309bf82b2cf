package vn.mattran.planning;

import java.time.LocalDate;

/** A plan in a list: enough to find it and see where it stands. */
public record PlanSummary(long id, PlanKind kind, String symbol, String title, String issuerName, PlanStatus status,
		int year, LocalDate issuedOn, LocalDate reportDueOn, Long documentId, Long parentPlanId) {
}
