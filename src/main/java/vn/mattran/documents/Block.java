package vn.mattran.documents;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;
import java.util.stream.Collectors;

/** A piece of a document's body: a heading, a paragraph or a table. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({ @JsonSubTypes.Type(value = Block.Heading.class, name = "heading"),
		@JsonSubTypes.Type(value = Block.Paragraph.class, name = "paragraph"),
		@JsonSubTypes.Type(value = Block.Table.class, name = "table") })
public sealed interface Block {

	/** The plain text, as it reads. */
	String text();

	/** A section heading ("I. MỤC ĐÍCH, YÊU CẦU" is level 1, "1. Công tác tuyên truyền" level 2, "2.1. …" level 3). */
	record Heading(int level, List<Run> runs) implements Block {

		@Override
		public String text() {
			return Block.text(runs);
		}
	}

	/** A paragraph of the body: justified with a first-line indent. */
	record Paragraph(List<Run> runs) implements Block {

		@Override
		public String text() {
			return Block.text(runs);
		}
	}

	/** A table; the first row is a header row when {@code headerRow}. Each cell is a list of runs. */
	record Table(List<List<List<Run>>> rows, boolean headerRow) implements Block {

		@Override
		public String text() {
			return rows.stream()
				.map(row -> row.stream().map(Block::text).collect(Collectors.joining(" ")))
				.collect(Collectors.joining("\n"));
		}
	}

	static String text(List<Run> runs) {
		return runs.stream().map(Run::text).collect(Collectors.joining());
	}
}
