package vn.mattran.fund.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;

/**
 * The hash of a journal entry: SHA-256 over its content and the previous entry's hash, in a text
 * form anyone can rebuild from the published ledger (fields separated by a newline, lines as
 * {@code account|debit|credit}).
 */
final class EntryHash {

	private EntryHash() {
	}

	static String lines(List<Line> lines) {
		StringBuilder text = new StringBuilder();
		for (Line line : lines) {
			line(text, line.account(), line.debit(), line.credit());
		}
		return text.toString();
	}

	/** The lines as stored, even ones that break the rules: an edited row must still hash, to be found out. */
	static String lines(String[] accounts, Long[] debits, Long[] credits) {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < accounts.length; i++) {
			line(text, accounts[i], debits[i], credits[i]);
		}
		return text.toString();
	}

	private static void line(StringBuilder text, String account, Long debit, Long credit) {
		text.append(account).append('|').append(debit).append('|').append(credit).append('\n');
	}

	static String of(long fundId, long seq, LocalDate postedOn, String kind, String memo, Long reverses, String source,
			String createdBy, String lines, String previous) {
		StringBuilder text = new StringBuilder()
			.append(fundId).append('\n').append(seq).append('\n').append(postedOn).append('\n').append(kind).append('\n')
			.append(memo).append('\n').append(reverses == null ? "" : reverses).append('\n')
			.append(source == null ? "" : source).append('\n').append(createdBy).append('\n');
		text.append(lines).append(previous);
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("Every Java has SHA-256", e);
		}
	}
}
