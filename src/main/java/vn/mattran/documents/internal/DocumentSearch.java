package vn.mattran.documents.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.mattran.documents.DocumentSummary;
import vn.mattran.shared.security.CurrentUser;
import vn.mattran.shared.security.Scope;
import vn.mattran.shared.text.VietnameseText;
import vn.mattran.shared.web.PageOf;
import vn.mattran.shared.web.PageRequest;

/**
 * Search over both registers at once, within the caller's scope: by number and symbol, title,
 * issuer and the full text, compared without diacritics ("ke hoach 50" finds "50/KH-MTTQ-BTT"),
 * and by the document's date written in the query ("08/7/2024").
 */
@Service
public class DocumentSearch {

	private static final String BOTH = """
			(select id, 'OUT' as direction, symbol, type, title, issuer_name as issuer, issued_on, status = 'ISSUED' as issued,
			        unit_path, text_folded, created_at
			 from doc_outgoing
			 union all
			 select id, 'IN', symbol, type, title, issuer, issued_on, true, unit_path, text_folded, created_at
			 from doc_incoming) d
			""";

	/** A date written in the query ("01/8/2023") searches the documents of that day. */
	private static final java.util.regex.Pattern DATE = java.util.regex.Pattern
		.compile("\\b(\\d{1,2})/(\\d{1,2})/(\\d{4})\\b");

	private static final java.util.regex.Pattern SYMBOL = java.util.regex.Pattern
		.compile("\\s*\\d+\\s*/\\s*[\\p{L}\\d&.]+(?:-[\\p{L}\\d&.]+)*\\s*");

	private final JdbcClient jdbc;

	DocumentSearch(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** What to look for: words, and optionally the register ("OUT"/"IN") and the year of the document. */
	public record Query(String text, String direction, Integer year) {
	}

	@Transactional(readOnly = true)
	public PageOf<DocumentSummary> search(Query query, PageRequest page) {
		Map<String, Object> params = new HashMap<>();
		List<String> conditions = new ArrayList<>();
		Scope scope = CurrentUser.scope();
		if (!scope.everything()) {
			conditions.add("d.unit_path <@ cast(:scope as ltree[])");
			params.put("scope", scope.sqlArray());
		}
		String text = query.text() == null ? "" : query.text();
		java.util.regex.Matcher symbol = SYMBOL.matcher(text);
		if (symbol.matches()) {
			// A number and symbol is looked up as such: "50/KH-MTTQ-BTT" is not "150/KH-…" nor any text with "50".
			conditions.add("replace(lower(d.symbol), ' ', '') = :symbol");
			params.put("symbol", text.replace(" ", "").toLowerCase(java.util.Locale.ROOT));
			text = "";
		}
		java.util.regex.Matcher date = DATE.matcher(text);
		while (date.find()) {
			try {
				LocalDate day = LocalDate.of(Integer.parseInt(date.group(3)), Integer.parseInt(date.group(2)),
						Integer.parseInt(date.group(1)));
				String name = "d" + params.size();
				conditions.add("d.issued_on = :" + name);
				params.put(name, day);
				text = text.replace(date.group(), " ");
			}
			catch (java.time.DateTimeException e) {
				// not a date after all: searched as text
			}
		}
		for (String word : VietnameseText.fold(text).split(" ")) {
			if (!word.isEmpty()) {
				String name = "w" + params.size();
				conditions.add("d.text_folded like :" + name);
				params.put(name, "%" + word + "%");
			}
		}
		if (query.direction() != null && !query.direction().isBlank()) {
			conditions.add("d.direction = :direction");
			params.put("direction", query.direction());
		}
		if (query.year() != null) {
			conditions.add("extract(year from coalesce(d.issued_on, d.created_at::date)) = :year");
			params.put("year", query.year());
		}
		String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
		long total = jdbc.sql("select count(*) from " + BOTH + where).params(params).query(Long.class).single();
		List<DocumentSummary> rows = jdbc.sql("select * from " + BOTH + where
				+ " order by coalesce(d.issued_on, d.created_at::date) desc, d.id desc limit :limit offset :offset")
			.params(params)
			.param("limit", page.size())
			.param("offset", page.offset())
			.query((rs, n) -> new DocumentSummary(rs.getLong("id"), rs.getString("direction"), rs.getString("symbol"),
					rs.getString("type"), rs.getString("title"), rs.getString("issuer"),
					rs.getObject("issued_on", LocalDate.class), rs.getBoolean("issued")))
			.list();
		return new PageOf<>(rows, page.page(), page.size(), total);
	}

	/** Which register holds an id ("OUT" or "IN"), whoever may see it. */
	@Transactional(readOnly = true)
	public java.util.Optional<String> registerOf(long id) {
		return jdbc.sql("select 'OUT' from doc_outgoing where id = :id union all select 'IN' from doc_incoming where id = :id")
			.param("id", id)
			.query(String.class)
			.optional();
	}
}
