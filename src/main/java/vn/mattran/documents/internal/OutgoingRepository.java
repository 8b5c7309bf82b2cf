package vn.mattran.documents.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;
import vn.mattran.documents.DocumentContent;
import vn.mattran.documents.DocumentType;
import vn.mattran.documents.OutgoingDocument;
import vn.mattran.shared.text.VietnameseText;

/** The outgoing register's rows: drafts and issued documents, their content as JSON. */
@Repository
class OutgoingRepository {

	private static final String SELECT = """
			select id, type, status, number, symbol_suffix, symbol, issued_on, title, issuer_body_id, drafting_body_id,
			       issuer_name, unit_path::text as unit_path, content::text as content, corrects_id, recorded, version
			from doc_outgoing
			""";

	private final JdbcClient jdbc;
	private final JsonMapper json;

	OutgoingRepository(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	Optional<OutgoingDocument> byId(long id) {
		return jdbc.sql(SELECT + "where id = :id").param("id", id).query(this::document).optional();
	}

	/** The fields every insert and draft update writes. */
	record Row(DocumentType type, long issuerBodyId, Long draftingBodyId, String issuerName, String unitPath,
			String symbolSuffix, DocumentContent content) {
	}

	long insertDraft(Row row, Long correctsId, String by) {
		return jdbc.sql("""
				insert into doc_outgoing (issuer_body_id, drafting_body_id, issuer_name, unit_path, type, status,
				                          symbol_suffix, title, content, text_folded, corrects_id, created_by)
				values (:issuer, :drafting, :issuerName, cast(:path as ltree), :type, 'DRAFT', :suffix, :title,
				        cast(:content as jsonb), :folded, :corrects, :by)
				returning id
				""")
			.params(params(row))
			.param("corrects", correctsId)
			.param("by", by)
			.query(Long.class)
			.single();
	}

	boolean updateDraft(long id, int version, Row row) {
		return jdbc.sql("""
				update doc_outgoing set issuer_body_id = :issuer, drafting_body_id = :drafting, issuer_name = :issuerName,
				       unit_path = cast(:path as ltree), type = :type, symbol_suffix = :suffix, title = :title,
				       content = cast(:content as jsonb), text_folded = :folded, version = version + 1
				where id = :id and version = :version and status = 'DRAFT'
				""")
			.params(params(row))
			.param("id", id)
			.param("version", version)
			.update() == 1;
	}

	void markIssued(long id, int number, int year, String symbol, LocalDate issuedOn, boolean recorded, String by) {
		jdbc.sql("""
				update doc_outgoing set status = 'ISSUED', number = :number, year = :year, symbol = :symbol,
				       issued_on = :issuedOn, recorded = :recorded, issued_by = :by, issued_at = now(), version = version + 1,
				       text_folded = text_folded || ' ' || :symbolFolded
				where id = :id and status = 'DRAFT'
				""")
			.param("id", id)
			.param("number", number)
			.param("year", year)
			.param("symbol", symbol)
			.param("symbolFolded", VietnameseText.fold(symbol))
			.param("issuedOn", issuedOn)
			.param("recorded", recorded)
			.param("by", by)
			.update();
	}

	private java.util.Map<String, Object> params(Row row) {
		var params = new java.util.HashMap<String, Object>();
		params.put("issuer", row.issuerBodyId());
		params.put("drafting", row.draftingBodyId());
		params.put("issuerName", row.issuerName());
		params.put("path", row.unitPath());
		params.put("type", row.type().name());
		params.put("suffix", row.symbolSuffix());
		params.put("title", row.content().title());
		params.put("content", json.writeValueAsString(row.content()));
		params.put("folded", VietnameseText.fold(row.issuerName() + " " + row.content().plainText()));
		return params;
	}

	private OutgoingDocument document(ResultSet rs, int rowNum) throws SQLException {
		return new OutgoingDocument(rs.getLong("id"), DocumentType.valueOf(rs.getString("type")),
				"ISSUED".equals(rs.getString("status")), (Integer) rs.getObject("number"), rs.getString("symbol_suffix"),
				rs.getString("symbol"), rs.getObject("issued_on", LocalDate.class), rs.getString("title"),
				rs.getLong("issuer_body_id"), (Long) rs.getObject("drafting_body_id"), rs.getString("issuer_name"),
				rs.getString("unit_path"), json.readValue(rs.getString("content"), DocumentContent.class),
				(Long) rs.getObject("corrects_id"), rs.getBoolean("recorded"), rs.getInt("version"));
	}
}
