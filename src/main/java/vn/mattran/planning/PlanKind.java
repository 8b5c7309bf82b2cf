package vn.mattran.planning;

import vn.mattran.documents.DocumentType;

/** What a plan of the planning module is, and the kind of document it is issued as. */
public enum PlanKind {
	/** Chương trình công tác: a body's work for a year, by quarter and month. */
	PROGRAMME(DocumentType.PROGRAMME),
	/** Kế hoạch. */
	PLAN(DocumentType.PLAN),
	/** Công văn: a dispatch with addressees and tasks for each. */
	DISPATCH(DocumentType.DISPATCH);

	private final DocumentType documentType;

	PlanKind(DocumentType documentType) {
		this.documentType = documentType;
	}

	public DocumentType documentType() {
		return documentType;
	}
}
