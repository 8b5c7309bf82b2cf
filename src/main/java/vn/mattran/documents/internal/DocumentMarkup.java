package vn.mattran.documents.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.mattran.documents.Block;
import vn.mattran.documents.Run;

/**
 * The plain text officers type a body in, one paragraph a line: "# I. MỤC ĐÍCH" (and "##", "###")
 * for headings, "| a | b |" rows for tables (a "|---|" row under the first marks it as the header),
 * "**bold**" and "*italic*" inside a line. It is what the seed documents are written in, too.
 */
public final class DocumentMarkup {

	private static final Pattern HEADING = Pattern.compile("^(#{1,3})\\s+(.*)$");
	private static final Pattern RULE_ROW = Pattern.compile("^\\|?\\s*:?-{3,}.*$");
	/** As in Markdown, a star that opens emphasis is followed by a letter, one that closes it follows one ("* Ghi chú" is not). */
	private static final Pattern EMPHASIS = Pattern.compile(
			"\\*\\*\\*(\\S(?:.*?\\S)?)\\*\\*\\*|\\*\\*(\\S(?:.*?\\S)?)\\*\\*|\\*(\\S(?:.*?\\S)?)\\*");

	private DocumentMarkup() {
	}

	public static List<Block> parse(String markup) {
		List<Block> blocks = new ArrayList<>();
		List<String> tableLines = new ArrayList<>();
		for (String raw : (markup == null ? "" : markup).split("\\R")) {
			String line = raw.strip();
			if (line.startsWith("|")) {
				tableLines.add(line);
				continue;
			}
			flushTable(tableLines, blocks);
			if (line.isEmpty()) {
				continue;
			}
			Matcher heading = HEADING.matcher(line);
			if (heading.matches()) {
				blocks.add(new Block.Heading(heading.group(1).length(), runs(heading.group(2))));
			}
			else {
				blocks.add(new Block.Paragraph(runs(line)));
			}
		}
		flushTable(tableLines, blocks);
		return blocks;
	}

	private static void flushTable(List<String> lines, List<Block> blocks) {
		if (lines.isEmpty()) {
			return;
		}
		List<List<List<Run>>> rows = new ArrayList<>();
		boolean headerRow = false;
		for (String line : lines) {
			if (RULE_ROW.matcher(line).matches()) {
				headerRow = rows.size() == 1;
				continue;
			}
			String inner = line.replaceAll("^\\|", "").replaceAll("\\|$", "");
			List<List<Run>> cells = new ArrayList<>();
			for (String cell : inner.split("\\|", -1)) {
				cells.add(runs(cell.strip()));
			}
			rows.add(cells);
		}
		blocks.add(new Block.Table(rows, headerRow));
		lines.clear();
	}

	/** One line's text with its "**bold**", "*italic*" and "***both***" turned into runs. */
	public static List<Run> runs(String line) {
		List<Run> runs = new ArrayList<>();
		Matcher emphasis = EMPHASIS.matcher(line);
		int at = 0;
		while (emphasis.find()) {
			if (emphasis.start() > at) {
				runs.add(Run.plain(line.substring(at, emphasis.start())));
			}
			if (emphasis.group(1) != null) {
				runs.add(new Run(emphasis.group(1), true, true));
			}
			else if (emphasis.group(2) != null) {
				runs.add(new Run(emphasis.group(2), true, false));
			}
			else {
				runs.add(new Run(emphasis.group(3), false, true));
			}
			at = emphasis.end();
		}
		if (at < line.length() || runs.isEmpty()) {
			runs.add(Run.plain(line.substring(at)));
		}
		return runs;
	}

	/** The text without its emphasis marks, across lines ("**TM. BAN THƯỜNG TRỰC\nCHỦ TỊCH**" too). */
	public static String plain(String markup) {
		return Pattern.compile(EMPHASIS.pattern(), Pattern.DOTALL).matcher(markup)
			.replaceAll(match -> Matcher.quoteReplacement(match.group(1) != null ? match.group(1)
					: match.group(2) != null ? match.group(2) : match.group(3)));
	}

	/** The markup of blocks: parse(format(blocks)) gives the blocks back. */
	public static String format(List<Block> blocks) {
		List<String> lines = new ArrayList<>();
		for (Block block : blocks) {
			if (block instanceof Block.Heading heading) {
				lines.add("#".repeat(heading.level()) + " " + formatRuns(heading.runs()));
			}
			else if (block instanceof Block.Paragraph paragraph) {
				lines.add(formatRuns(paragraph.runs()));
			}
			else if (block instanceof Block.Table table) {
				for (int r = 0; r < table.rows().size(); r++) {
					List<String> cells = table.rows().get(r).stream().map(DocumentMarkup::formatRuns).toList();
					lines.add("| " + String.join(" | ", cells) + " |");
					if (r == 0 && table.headerRow()) {
						lines.add("|" + " --- |".repeat(cells.size()));
					}
				}
			}
		}
		return String.join("\n", lines);
	}

	public static String formatRuns(List<Run> runs) {
		StringBuilder text = new StringBuilder();
		for (Run run : runs) {
			String mark = run.bold() && run.italic() ? "***" : run.bold() ? "**" : run.italic() ? "*" : "";
			text.append(mark).append(run.text()).append(mark);
		}
		return text.toString();
	}
}
