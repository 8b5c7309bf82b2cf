package vn.mattran.documents.internal.incoming;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.mattran.documents.DocumentType;
import vn.mattran.documents.IncomingDocument;
import vn.mattran.documents.internal.OutgoingDocuments;
import vn.mattran.organization.Organization;
import vn.mattran.shared.audit.AuditEvent;
import vn.mattran.shared.audit.AuditLog;
import vn.mattran.shared.error.InvalidInput;
import vn.mattran.shared.error.UserFacingException;
import vn.mattran.shared.format.Formats;
import vn.mattran.shared.security.CurrentUser;
import vn.mattran.shared.security.Role;
import vn.mattran.shared.text.VietnameseText;

/**
 * The incoming register (sổ văn bản đến): a received PDF or DOCX with what it says of itself, the
 * number it gets in the receiving body's register, and the plans, tasks and answers it causes.
 */
@Service
public class IncomingDocuments {

	static final String SELECT = """
			select id, receiving_body_id, receiver_name, unit_path::text as unit_path, number, received_on, symbol, issuer,
			       issued_on, type, title, file_name, media_type, size
			from doc_incoming
			""";

	private final JdbcClient jdbc;
	private final Organization organization;
	private final IncomingStore store;
	private final OutgoingDocuments outgoing;
	private final AuditLog audit;
	private final Clock clock;

	IncomingDocuments(JdbcClient jdbc, Organization organization, IncomingStore store, OutgoingDocuments outgoing,
			AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.organization = organization;
		this.store = store;
		this.outgoing = outgoing;
		this.audit = audit;
		this.clock = clock;
	}

	/** A link from an incoming document to what it caused. */
	public record Link(String targetKind, long targetId, String note, String createdBy, OffsetDateTime createdAt) {
	}

	/**
	 * Looks inside the file first, outside any transaction (reading a large PDF takes a while and
	 * must not hold a database connection), then enters it with the next number of the register.
	 */
	public IncomingDocument register(IncomingDraft draft, String fileName, byte[] content) {
		CurrentUser.requireRole(Role.OFFICER);
		if (draft.receivingBodyId() == null) {
			throw new InvalidInput("receivingBodyId", "incoming.error.receiverRequired");
		}
		organization.body(draft.receivingBodyId());
		IncomingDraft checked = checked(draft);
		UploadInspector.Inspected file = UploadInspector.inspect(fileName, content);
		return store.store(checked, fileName, content, file);
	}

	@Transactional(readOnly = true)
	public IncomingDocument get(long id) {
		IncomingDocument document = jdbc.sql(SELECT + "where id = :id").param("id", id).query(IncomingDocuments::row)
			.optional()
			.orElseThrow(() -> UserFacingException.notFound("document.error.noSuchId", String.valueOf(id)));
		CurrentUser.requireInScope(document.unitPath(), document.title());
		return document;
	}

	@Transactional(readOnly = true)
	public byte[] file(long id) {
		get(id);
		return jdbc.sql("select content from doc_incoming where id = :id").param("id", id).query(byte[].class).single();
	}

	@Transactional
	public void link(long id, String targetKind, long targetId, String note) {
		CurrentUser.requireRole(Role.OFFICER);
		IncomingDocument document = get(id);
		if (!List.of("PLAN", "TASK", "DOCUMENT").contains(targetKind)) {
			throw new InvalidInput("targetKind", "incoming.error.linkKind", targetKind);
		}
		if (targetKind.equals("DOCUMENT")) {
			outgoing.get(targetId);
		}
		jdbc.sql("""
				insert into doc_incoming_link (incoming_id, target_kind, target_id, note, created_by)
				values (:id, :kind, :target, :note, :by) on conflict do nothing
				""")
			.param("id", id)
			.param("kind", targetKind)
			.param("target", targetId)
			.param("note", VietnameseText.cleanOrNull(note))
			.param("by", CurrentUser.actorName())
			.update();
		audit.record(AuditEvent.created("incoming-link", id + ">" + targetKind + ":" + targetId, document.unitPath(),
				document.title() + " → " + targetKind + " " + targetId, Map.of("kind", targetKind, "id", targetId)));
	}

	@Transactional(readOnly = true)
	public List<Link> links(long id) {
		get(id);
		return jdbc.sql("select target_kind, target_id, note, created_by, created_at from doc_incoming_link where incoming_id = :id order by created_at")
			.param("id", id)
			.query((rs, n) -> new Link(rs.getString("target_kind"), rs.getLong("target_id"), rs.getString("note"),
					rs.getString("created_by"), rs.getObject("created_at", OffsetDateTime.class)))
			.list();
	}

	private IncomingDraft checked(IncomingDraft draft) {
		LocalDate today = LocalDate.now(clock);
		LocalDate receivedOn = draft.receivedOn() == null ? today : draft.receivedOn();
		String issuer = VietnameseText.cleanOrNull(draft.issuer());
		String title = VietnameseText.cleanOrNull(draft.title());
		if (receivedOn.isAfter(today)) {
			throw new InvalidInput("receivedOn", "document.error.futureDate", Formats.date(receivedOn));
		}
		if (issuer == null) {
			throw new InvalidInput("issuer", "incoming.error.issuerRequired");
		}
		if (title == null) {
			throw new InvalidInput("title", "incoming.error.titleRequired");
		}
		if (draft.issuedOn() != null && draft.issuedOn().isAfter(receivedOn)) {
			throw new InvalidInput("issuedOn", "incoming.error.issuedAfterReceived", Formats.date(draft.issuedOn()),
					Formats.date(receivedOn));
		}
		return new IncomingDraft(draft.receivingBodyId(), receivedOn, VietnameseText.cleanOrNull(draft.symbol()), issuer,
				draft.issuedOn(), draft.type(), title);
	}

	static String nonNull(String text) {
		return text == null ? "" : text;
	}

	static IncomingDocument row(ResultSet rs, int rowNum) throws SQLException {
		String type = rs.getString("type");
		return new IncomingDocument(rs.getLong("id"), rs.getLong("receiving_body_id"), rs.getString("receiver_name"),
				rs.getString("unit_path"), rs.getInt("number"), rs.getObject("received_on", LocalDate.class),
				rs.getString("symbol"), rs.getString("issuer"), rs.getObject("issued_on", LocalDate.class),
				type == null ? null : DocumentType.valueOf(type), rs.getString("title"), rs.getString("file_name"),
				rs.getString("media_type"), rs.getInt("size"));
	}
}
