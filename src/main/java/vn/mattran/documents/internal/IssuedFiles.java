package vn.mattran.documents.internal;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.mattran.shared.data.Digests;

/** The PDF and DOCX of a document exactly as issued, with their SHA-256; never replaced. */
@Repository
class IssuedFiles {

	enum Format {
		PDF, DOCX
	}

	private final JdbcClient jdbc;

	IssuedFiles(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void keep(long documentId, Format format, byte[] content) {
		jdbc.sql("insert into doc_file (document_id, format, content, sha256) values (:id, :format, :content, :sha)")
			.param("id", documentId)
			.param("format", format.name())
			.param("content", content)
			.param("sha", Digests.sha256(content))
			.update();
	}

	Optional<byte[]> get(long documentId, Format format) {
		return jdbc.sql("select content from doc_file where document_id = :id and format = :format")
			.param("id", documentId)
			.param("format", format.name())
			.query(byte[].class)
			.optional();
	}
}
