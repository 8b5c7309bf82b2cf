package vn.mattran.fund.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.mattran.shared.error.InvalidInput;
import vn.mattran.shared.format.Formats;
import vn.mattran.shared.security.CurrentUser;

/**
 * Posts many entries of one fund at once, as {@link Ledger#post} posts one: under the fund's lock, numbered and
 * hash-chained one after another, refused in a closed period, each source posted once; the entries and their lines go
 * in a statement each, and the database checks every entry's balance and keeps the accounts as it does for one.
 * Only receipts go this way: an entry that takes cash, bank or goods out must be checked against what the fund holds
 * at that moment, which {@link Ledger#post} does.
 */
@Component
class LedgerBatch {

	private final Ledger ledger;
	private final JdbcClient jdbc;

	LedgerBatch(Ledger ledger, JdbcClient jdbc) {
		this.ledger = ledger;
		this.jdbc = jdbc;
	}

	/** The entries' ids in the order of the postings (a source already posted gives its entry's id; the list's own differ). */
	@Transactional(propagation = Propagation.MANDATORY)
	List<Long> postAll(long fundId, List<Posting> postings) {
		Ledger.Head head = ledger.lockHead(fundId);
		Map<String, Long> posted = posted(postings);
		List<Posting> fresh = new ArrayList<>();
		List<Line> lines = new ArrayList<>();
		for (Posting posting : postings) {
			if (posting.fundId() != fundId) {
				throw new IllegalArgumentException("A batch posts to one fund: " + posting.fundId() + " is not " + fundId);
			}
			requireReceipt(posting);
			if (posting.source() != null && posted.containsKey(posting.source())) {
				continue;
			}
			if (head.closedThrough() != null && !posting.postedOn().isAfter(head.closedThrough())) {
				throw new InvalidInput("postedOn", "fund.error.closedPeriod", Formats.date(posting.postedOn()),
						Formats.date(head.closedThrough()));
			}
			fresh.add(posting);
			lines.addAll(posting.lines());
		}
		if (fresh.isEmpty()) {
			return postings.stream().map(p -> posted.get(p.source())).toList();
		}
		Map<String, Long> accounts = ledger.accounts(fundId, lines);
		String createdBy = CurrentUser.actorName();
		Long[] ids = Ids.take(jdbc, "fund_entry", fresh.size());
		int n = fresh.size();
		Long[] seqs = new Long[n];
		String[] days = new String[n];
		String[] kinds = new String[n];
		String[] memos = new String[n];
		Long[] reverses = new Long[n];
		String[] sources = new String[n];
		String[] previous = new String[n];
		String[] hashes = new String[n];
		List<Long> lineEntries = new ArrayList<>();
		List<Integer> lineNumbers = new ArrayList<>();
		List<Long> lineAccounts = new ArrayList<>();
		List<Long> debits = new ArrayList<>();
		List<Long> credits = new ArrayList<>();
		long seq = head.seq();
		String hash = head.hash();
		for (int i = 0; i < n; i++) {
			Posting p = fresh.get(i);
			seqs[i] = ++seq;
			days[i] = p.postedOn().toString();
			kinds[i] = p.kind();
			memos[i] = p.memo();
			reverses[i] = p.reverses();
			sources[i] = p.source();
			previous[i] = hash;
			hash = EntryHash.of(fundId, seq, p.postedOn(), p.kind(), p.memo(), p.reverses(), p.source(), createdBy,
					EntryHash.lines(p.lines()), hash);
			hashes[i] = hash;
			for (int k = 0; k < p.lines().size(); k++) {
				Line line = p.lines().get(k);
				lineEntries.add(ids[i]);
				lineNumbers.add(k + 1);
				lineAccounts.add(accounts.get(line.account()));
				debits.add(line.debit());
				credits.add(line.credit());
			}
		}
		jdbc.sql("""
				insert into fund_entry (id, fund_id, seq, posted_on, kind, memo, reverses, source, created_by, prev_hash, hash)
				select id, :fund, seq, posted_on, kind, memo, reverses, source, :by, prev_hash, hash
				from unnest(:ids, :seqs, cast(:days as date[]), :kinds, :memos, :reverses, :sources, :previous, :hashes)
				     as e(id, seq, posted_on, kind, memo, reverses, source, prev_hash, hash)
				""").param("fund", fundId).param("by", createdBy).param("ids", ids).param("seqs", seqs).param("days", days)
			.param("kinds", kinds).param("memos", memos).param("reverses", reverses).param("sources", sources)
			.param("previous", previous).param("hashes", hashes).update();
		jdbc.sql("""
				insert into fund_entry_line (entry_id, line_no, account_id, debit, credit)
				select * from unnest(:entries, :numbers, :accounts, :debits, :credits)
				""").param("entries", lineEntries.toArray(Long[]::new)).param("numbers", lineNumbers.toArray(Integer[]::new))
			.param("accounts", lineAccounts.toArray(Long[]::new)).param("debits", debits.toArray(Long[]::new))
			.param("credits", credits.toArray(Long[]::new)).update();
		jdbc.sql("update fund_fund set last_seq = :seq, last_hash = :hash where id = :fund").param("seq", seq)
			.param("hash", hash).param("fund", fundId).update();
		List<Long> result = new ArrayList<>();
		int next = 0;
		for (Posting posting : postings) {
			boolean before = posting.source() != null && posted.containsKey(posting.source());
			result.add(before ? posted.get(posting.source()) : ids[next++]);
		}
		return result;
	}

	private Map<String, Long> posted(List<Posting> postings) {
		String[] sources = postings.stream().map(Posting::source).filter(s -> s != null).distinct().toArray(String[]::new);
		Map<String, Long> posted = new HashMap<>();
		if (sources.length > 0) {
			jdbc.sql("select source, id from fund_entry where source = any(:sources)").param("sources", sources)
				.query((java.sql.ResultSet rs) -> {
					posted.put(rs.getString(1), rs.getLong(2));
				});
		}
		return posted;
	}

	/** Nothing taken out of cash, bank or goods: that needs the fund's holdings checked entry by entry. */
	private static void requireReceipt(Posting posting) {
		Map<String, Long> out = new HashMap<>();
		for (Line line : posting.lines()) {
			if (Ledger.guarded(line.account())) {
				out.merge(line.account(), line.credit() - line.debit(), Long::sum);
			}
		}
		if (out.values().stream().anyMatch(amount -> amount > 0)) {
			throw new IllegalArgumentException("A batch posts receipts only; this entry takes money out: " + posting);
		}
	}
}
