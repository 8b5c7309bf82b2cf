package vn.mattran.documents.web;

/** Media types of the files the registers hand out. */
final class DocumentFiles {

	static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

	private DocumentFiles() {
	}
}
