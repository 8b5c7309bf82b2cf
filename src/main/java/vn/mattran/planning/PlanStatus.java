package vn.mattran.planning;

/** Draft → submitted → approved → issued (numbered by the documents module). */
public enum PlanStatus {
	DRAFT, SUBMITTED, APPROVED, ISSUED
}
