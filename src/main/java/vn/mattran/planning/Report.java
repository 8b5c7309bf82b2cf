package vn.mattran.planning;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A report on a task: what was done, the plan's figures, attachments, and the issuer's review. */
public record Report(long id, long taskId, String text, Map<String, Long> figures, String submittedBy,
		LocalDate submittedOn, ReportReview review, String reviewNote, String reviewedBy, List<AttachmentInfo> attachments) {

	public Report {
		figures = figures == null ? Map.of() : Map.copyOf(figures);
		attachments = attachments == null ? List.of() : List.copyOf(attachments);
	}

	/** The issuer's decision on a report. */
	public enum ReportReview {
		ACCEPTED, RETURNED
	}

	/** A file attached to a report, without its content. */
	public record AttachmentInfo(long id, String fileName, String mediaType, long size) {
	}
}
