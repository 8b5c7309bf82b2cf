package vn.mattran.documents.internal.incoming;

import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.mattran.documents.IncomingDocument;
import vn.mattran.documents.internal.Registers;
import vn.mattran.organization.Body;
import vn.mattran.organization.Organization;
import vn.mattran.shared.audit.AuditEvent;
import vn.mattran.shared.audit.AuditLog;
import vn.mattran.shared.data.Digests;
import vn.mattran.shared.security.CurrentUser;
import vn.mattran.shared.text.VietnameseText;

/** Writes an inspected received document with its register number, in one short transaction. */
@Component
class IncomingStore {

	private final JdbcClient jdbc;
	private final Organization organization;
	private final Registers registers;
	private final AuditLog audit;

	IncomingStore(JdbcClient jdbc, Organization organization, Registers registers, AuditLog audit) {
		this.jdbc = jdbc;
		this.organization = organization;
		this.registers = registers;
		this.audit = audit;
	}

	@Transactional
	IncomingDocument store(IncomingDraft checked, String fileName, byte[] content, UploadInspector.Inspected file) {
		Body receiver = organization.body(checked.receivingBodyId());
		String path = organization.unit(receiver.unitId()).path();
		int number = registers.next(receiver.id(), checked.receivedOn().getYear(), Registers.Direction.IN);
		long id = jdbc.sql("""
				insert into doc_incoming (receiving_body_id, receiver_name, unit_path, number, year, received_on, symbol,
				    issuer, issued_on, type, title, file_name, media_type, size, sha256, content, text_folded, created_by)
				values (:body, :receiver, cast(:path as ltree), :number, :year, :receivedOn, :symbol, :issuer, :issuedOn,
				    :type, :title, :fileName, :mediaType, :size, :sha, :content, :folded, :by)
				returning id
				""")
			.param("body", receiver.id())
			.param("receiver", receiver.name())
			.param("path", path)
			.param("number", number)
			.param("year", checked.receivedOn().getYear())
			.param("receivedOn", checked.receivedOn())
			.param("symbol", checked.symbol())
			.param("issuer", checked.issuer())
			.param("issuedOn", checked.issuedOn())
			.param("type", checked.type() == null ? null : checked.type().name())
			.param("title", checked.title())
			.param("fileName", fileName)
			.param("mediaType", file.mediaType())
			.param("size", content.length)
			.param("sha", Digests.sha256(content))
			.param("content", content)
			.param("folded", VietnameseText.fold(String.join(" ", IncomingDocuments.nonNull(checked.symbol()),
					checked.issuer(), checked.title(), file.text())))
			.param("by", CurrentUser.actorName())
			.query(Long.class)
			.single();
		IncomingDocument created = jdbc.sql(IncomingDocuments.SELECT + "where id = :id").param("id", id)
			.query(IncomingDocuments::row)
			.single();
		audit.record(AuditEvent.created("incoming-document", id, path, "Đến số " + number + ": " + created.title(),
				Map.of("symbol", IncomingDocuments.nonNull(created.symbol()), "issuer", created.issuer(), "title",
						created.title(), "file", created.fileName(), "size", created.size())));
		return created;
	}
}
