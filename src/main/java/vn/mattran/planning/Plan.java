package vn.mattran.planning;

import java.time.LocalDate;

/**
 * A work programme, plan or dispatch of a body: its content, where it stands in its flow, and once
 * issued the document the documents module numbered ({@code documentId}, {@code symbol}).
 */
public record Plan(long id, PlanKind kind, long issuerBodyId, Long draftingBodyId, String issuerName, long unitId,
		String unitPath, String title, PlanStatus status, int year, LocalDate startsOn, LocalDate endsOn,
		LocalDate reportDueOn, Long parentPlanId, Long campaignId, PlanContent content, Long documentId, String symbol,
		LocalDate issuedOn, String createdBy, int version) {

	public boolean issued() {
		return status == PlanStatus.ISSUED;
	}

	public boolean editable() {
		return status == PlanStatus.DRAFT;
	}
}
