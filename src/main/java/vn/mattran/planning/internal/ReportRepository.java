package vn.mattran.planning.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.mattran.planning.Report;
import vn.mattran.planning.Report.AttachmentInfo;
import vn.mattran.planning.Report.ReportReview;

/** Reports on tasks, their figures as JSON, and their attachments. */
@Repository
class ReportRepository {

	private static final TypeReference<LinkedHashMap<String, Long>> FIGURES = new TypeReference<>() {
	};

	private final JdbcClient jdbc;
	private final JsonMapper json;

	ReportRepository(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	long insert(long taskId, String text, Map<String, Long> figures, String by, LocalDate on) {
		return jdbc.sql("""
				insert into plan_report (task_id, text, figures, submitted_by, submitted_on)
				values (:task, :text, cast(:figures as jsonb), :by, :on) returning id
				""")
			.param("task", taskId)
			.param("text", text)
			.param("figures", json.writeValueAsString(figures))
			.param("by", by)
			.param("on", on)
			.query(Long.class)
			.single();
	}

	void review(long reportId, ReportReview review, String note, String by) {
		jdbc.sql("""
				update plan_report set review = :review, review_note = :note, reviewed_by = :by, reviewed_at = now()
				where id = :id and review is null
				""")
			.param("id", reportId)
			.param("review", review.name())
			.param("note", note)
			.param("by", by)
			.update();
	}

	/** The reports of a task, the latest first, each with its attachments. */
	List<Report> ofTask(long taskId) {
		List<Report> reports = jdbc.sql("""
				select id, task_id, text, figures::text as figures, submitted_by, submitted_on, review, review_note,
				       reviewed_by
				from plan_report where task_id = :task order by submitted_at desc, id desc
				""")
			.param("task", taskId)
			.query(this::report)
			.list();
		if (reports.isEmpty()) {
			return reports;
		}
		Map<Long, List<AttachmentInfo>> files = new LinkedHashMap<>();
		jdbc.sql("""
				select a.id, a.report_id, a.file_name, a.media_type, a.size from plan_attachment a
				join plan_report r on r.id = a.report_id where r.task_id = :task order by a.id
				""")
			.param("task", taskId)
			.query((rs, n) -> files.computeIfAbsent(rs.getLong("report_id"), k -> new ArrayList<>())
				.add(new AttachmentInfo(rs.getLong("id"), rs.getString("file_name"), rs.getString("media_type"),
						rs.getLong("size"))))
			.list();
		return reports.stream()
			.map(r -> new Report(r.id(), r.taskId(), r.text(), r.figures(), r.submittedBy(), r.submittedOn(), r.review(),
					r.reviewNote(), r.reviewedBy(), files.getOrDefault(r.id(), List.of())))
			.toList();
	}

	Optional<Report> latest(long taskId) {
		return ofTask(taskId).stream().findFirst();
	}

	/** The first day a report on the task was sent, which decides whether it came in time. */
	Optional<LocalDate> firstReportedOn(long taskId) {
		return jdbc.sql("select min(submitted_on) from plan_report where task_id = :task").param("task", taskId)
			.query(LocalDate.class).optional();
	}

	void attach(long reportId, String fileName, String mediaType, AttachmentRules.Kind kind, byte[] content,
			byte[] sha256) {
		jdbc.sql("""
				insert into plan_attachment (report_id, file_name, media_type, size, kind, sha256, content)
				values (:report, :name, :type, :size, :kind, :sha, :content)
				""")
			.param("report", reportId)
			.param("name", fileName)
			.param("type", mediaType)
			.param("size", content.length)
			.param("kind", kind.name())
			.param("sha", sha256)
			.param("content", content)
			.update();
	}

	Optional<StoredFile> file(long attachmentId) {
		return jdbc.sql("""
				select r.task_id, a.file_name, a.media_type, a.content from plan_attachment a
				join plan_report r on r.id = a.report_id where a.id = :id
				""")
			.param("id", attachmentId)
			.query((rs, n) -> new StoredFile(rs.getLong("task_id"), rs.getString("file_name"), rs.getString("media_type"),
					rs.getBytes("content")))
			.optional();
	}

	private Report report(ResultSet rs, int n) throws SQLException {
		String review = rs.getString("review");
		return new Report(rs.getLong("id"), rs.getLong("task_id"), rs.getString("text"),
				json.readValue(rs.getString("figures"), FIGURES), rs.getString("submitted_by"),
				rs.getObject("submitted_on", LocalDate.class), review == null ? null : ReportReview.valueOf(review),
				rs.getString("review_note"), rs.getString("reviewed_by"), List.of());
	}
}
