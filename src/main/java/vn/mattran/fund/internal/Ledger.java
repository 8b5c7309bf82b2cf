package vn.mattran.fund.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.mattran.fund.Accounts;
import vn.mattran.fund.Channel;
import vn.mattran.fund.LedgerCheck;
import vn.mattran.shared.error.InvalidInput;
import vn.mattran.shared.error.UserFacingException;
import vn.mattran.shared.format.Formats;
import vn.mattran.shared.security.CurrentUser;

/**
 * Posts journal entries. Each post locks its fund's row, which holds the head of the hash chain, so
 * the entries of a fund are numbered and chained one after another; the database keeps every entry
 * balanced, unchangeable, out of closed periods, and cash and bank at or above zero.
 */
@Component
class Ledger {

	private final JdbcClient jdbc;
	private final JdbcTemplate streaming;

	Ledger(JdbcClient jdbc, DataSource dataSource) {
		this.jdbc = jdbc;
		this.streaming = new JdbcTemplate(dataSource);
		this.streaming.setFetchSize(2_000);
	}

	record Head(long seq, String hash, LocalDate closedThrough) {
	}

	/** Posts the entry, or returns the one its source already posted. */
	@Transactional(propagation = Propagation.MANDATORY)
	long post(Posting posting) {
		// The source is looked up under the fund's lock: a caller that waited there for another posting of the
		// same source (a payment or a confirmation clicked twice) then finds it instead of breaking its unique key.
		Head head = lockHead(posting.fundId());
		if (posting.source() != null) {
			Optional<Long> posted = jdbc.sql("select id from fund_entry where source = :source")
				.param("source", posting.source()).query(Long.class).optional();
			if (posted.isPresent()) {
				return posted.get();
			}
		}
		if (head.closedThrough() != null && !posting.postedOn().isAfter(head.closedThrough())) {
			throw new InvalidInput("postedOn", "fund.error.closedPeriod", Formats.date(posting.postedOn()),
					Formats.date(head.closedThrough()));
		}
		Map<String, Long> accounts = accounts(posting.fundId(), posting.lines());
		requireFunds(posting);
		long seq = head.seq() + 1;
		String createdBy = CurrentUser.actorName();
		String hash = EntryHash.of(posting.fundId(), seq, posting.postedOn(), posting.kind(), posting.memo(),
				posting.reverses(), posting.source(), createdBy, EntryHash.lines(posting.lines()), head.hash());
		long id = jdbc.sql("""
				insert into fund_entry (fund_id, seq, posted_on, kind, memo, reverses, source, created_by, prev_hash, hash)
				values (:fund, :seq, :on, :kind, :memo, :reverses, :source, :by, :prev, :hash) returning id
				""")
			.param("fund", posting.fundId()).param("seq", seq).param("on", posting.postedOn())
			.param("kind", posting.kind()).param("memo", posting.memo()).param("reverses", posting.reverses())
			.param("source", posting.source()).param("by", createdBy).param("prev", head.hash()).param("hash", hash)
			.query(Long.class).single();
		insertLines(id, posting.lines(), accounts);
		jdbc.sql("update fund_fund set last_seq = :seq, last_hash = :hash where id = :fund")
			.param("seq", seq).param("hash", hash).param("fund", posting.fundId()).update();
		return id;
	}

	/** Locks the fund's chain head: postings, proposals of payments and period closes of one fund wait for each other here. */
	@Transactional(propagation = Propagation.MANDATORY)
	Head lockHead(long fundId) {
		return jdbc.sql("select last_seq, last_hash, closed_through from fund_fund where id = :id for update")
			.param("id", fundId)
			.query((rs, n) -> new Head(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class)))
			.optional().orElseThrow(() -> UserFacingException.notFound("fund.error.notFound", String.valueOf(fundId)));
	}

	/** Posts the opposite of an entry, naming it; an entry is reversed once at most (checked under the fund's lock). */
	@Transactional(propagation = Propagation.MANDATORY)
	long reverse(long entryId, LocalDate on, String kind, String memo, String source) {
		record Original(long fundId, long seq, Long reverses) {
		}
		Original original = jdbc.sql("select fund_id, seq, reverses from fund_entry where id = :id")
			.param("id", entryId).query((rs, n) -> new Original(rs.getLong(1), rs.getLong(2), (Long) rs.getObject(3)))
			.optional().orElseThrow(() -> UserFacingException.notFound("fund.error.entryNotFound", String.valueOf(entryId)));
		lockHead(original.fundId());
		if (original.reverses() != null) {
			throw UserFacingException.conflict("fund.error.reverseReversal", String.valueOf(original.seq()));
		}
		boolean reversed = jdbc.sql("select exists (select 1 from fund_entry where reverses = :id)").param("id", entryId)
			.query(Boolean.class).single();
		if (reversed) {
			throw UserFacingException.conflict("fund.error.alreadyReversed", String.valueOf(original.seq()));
		}
		List<Line> lines = lines(entryId).stream().map(Line::reversed).toList();
		return post(new Posting(original.fundId(), on, kind, memo, source, entryId, lines));
	}

	List<Line> lines(long entryId) {
		return jdbc.sql("""
				select a.code, l.debit, l.credit from fund_entry_line l join fund_account a on a.id = l.account_id
				where l.entry_id = :id order by l.line_no
				""").param("id", entryId).query((rs, n) -> new Line(rs.getString(1), rs.getLong(2), rs.getLong(3))).list();
	}

	/** One page of a fund's journal, newest first, each entry with its lines and the entries it reverses or is reversed by. */
	List<Funds.JournalEntry> journal(long fundId, int limit, long offset) {
		return jdbc.sql("""
				select e.id, e.seq, e.posted_on, e.kind, e.memo, r.seq as reverses_seq, rv.seq as reversed_by_seq,
				       e.created_by, e.hash,
				       (select array_agg(a.code order by l.line_no) from fund_entry_line l
				        join fund_account a on a.id = l.account_id where l.entry_id = e.id) as codes,
				       (select array_agg(l.debit order by l.line_no) from fund_entry_line l where l.entry_id = e.id) as debits,
				       (select array_agg(l.credit order by l.line_no) from fund_entry_line l where l.entry_id = e.id) as credits
				from fund_entry e
				left join fund_entry r on r.id = e.reverses
				left join fund_entry rv on rv.reverses = e.id
				where e.fund_id = :fund
				order by e.seq desc limit :limit offset :offset
				""").param("fund", fundId).param("limit", limit).param("offset", offset).query((rs, n) -> {
			String[] codes = rs.getArray("codes") == null ? new String[0] : (String[]) rs.getArray("codes").getArray();
			Long[] debits = rs.getArray("debits") == null ? new Long[0] : (Long[]) rs.getArray("debits").getArray();
			Long[] credits = rs.getArray("credits") == null ? new Long[0] : (Long[]) rs.getArray("credits").getArray();
			List<Funds.JournalLine> lines = new ArrayList<>();
			for (int i = 0; i < codes.length; i++) {
				lines.add(new Funds.JournalLine(codes[i], debits[i], credits[i]));
			}
			return new Funds.JournalEntry(rs.getLong("id"), rs.getLong("seq"), rs.getObject("posted_on", LocalDate.class),
					rs.getString("kind"), rs.getString("memo"), (Long) rs.getObject("reverses_seq"),
					(Long) rs.getObject("reversed_by_seq"), rs.getString("created_by"), rs.getString("hash"), lines);
		}).list();
	}

	long entries(long fundId) {
		return jdbc.sql("select count(*) from fund_entry where fund_id = :fund").param("fund", fundId).query(Long.class)
			.single();
	}

	/** Every account's balance by code. */
	Map<String, Long> balances(long fundId) {
		Map<String, Long> balances = new HashMap<>();
		jdbc.sql("select code, balance from fund_account where fund_id = :fund").param("fund", fundId)
			.query((ResultSet rs) -> {
				balances.put(rs.getString(1), rs.getLong(2));
			});
		return balances;
	}

	/** Closes the books through {@code through}: nothing can be posted on or before it afterwards. */
	@Transactional(propagation = Propagation.MANDATORY)
	void closeThrough(long fundId, LocalDate through) {
		Head head = lockHead(fundId);
		if (head.closedThrough() != null && !through.isAfter(head.closedThrough())) {
			throw UserFacingException.conflict("fund.error.alreadyClosed", Formats.date(head.closedThrough()));
		}
		jdbc.sql("update fund_fund set closed_through = :through where id = :id").param("through", through)
			.param("id", fundId).update();
	}

	/**
	 * Recomputes the chain from the first entry; names the first entry whose hash or link does not match. The head and
	 * the entries are read in one snapshot: read apart, an entry posted between the two reads looked like a truncation.
	 */
	@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
	LedgerCheck verify(long fundId) {
		Head head = jdbc.sql("select last_seq, last_hash, closed_through from fund_fund where id = :id").param("id", fundId)
			.query((rs, n) -> new Head(rs.getLong(1), rs.getString(2), null)).optional()
			.orElseThrow(() -> UserFacingException.notFound("fund.error.notFound", String.valueOf(fundId)));
		ChainCheck check = new ChainCheck(fundId);
		streaming.query("""
				select e.id, e.seq, e.posted_on, e.kind, e.memo, e.reverses, e.source, e.created_by, e.prev_hash, e.hash,
				       array_agg(a.code order by l.line_no) filter (where l.entry_id is not null) as codes,
				       array_agg(l.debit order by l.line_no) filter (where l.entry_id is not null) as debits,
				       array_agg(l.credit order by l.line_no) filter (where l.entry_id is not null) as credits
				from fund_entry e
				left join fund_entry_line l on l.entry_id = e.id
				left join fund_account a on a.id = l.account_id
				where e.fund_id = ?
				group by e.id order by e.seq
				""", rs -> {
			check.accept(rs);
		}, fundId);
		return check.result(head.seq(), head.hash());
	}

	Map<String, Long> accounts(long fundId, List<Line> lines) {
		List<String> codes = new ArrayList<>(new LinkedHashSet<>(lines.stream().map(Line::account).toList()));
		Map<String, Long> ids = new HashMap<>();
		jdbc.sql("select code, id from fund_account where fund_id = :fund and code in (:codes)")
			.param("fund", fundId).param("codes", codes)
			.query((ResultSet rs) -> {
				ids.put(rs.getString(1), rs.getLong(2));
			});
		for (String code : codes) {
			if (!ids.containsKey(code)) {
				ids.put(code, jdbc.sql("""
						insert into fund_account (fund_id, code, kind, no_overdraft) values (:fund, :code, :kind, :money)
						on conflict (fund_id, code) do update set code = excluded.code returning id
						""").param("fund", fundId).param("code", code).param("kind", Accounts.kindOf(code).name())
					.param("money", guarded(code)).query(Long.class).single());
			}
		}
		return ids;
	}

	/**
	 * Refuses, with the amounts, taking out of cash, bank or goods more than the account holds (the database would
	 * too, for cash and bank) or more than it holds beyond what proposed and approved support keeps aside: a void or a
	 * transfer must not spend money the fund board has already promised. Paying a support releases its own share.
	 */
	private void requireFunds(Posting posting) {
		Map<String, Long> out = new HashMap<>();
		for (Line line : posting.lines()) {
			if (guarded(line.account())) {
				out.merge(line.account(), line.credit() - line.debit(), Long::sum);
			}
		}
		out.values().removeIf(amount -> amount <= 0);
		if (out.isEmpty()) {
			return;
		}
		Map<String, Long> balances = balances(posting.fundId());
		Map<String, Long> reserved = reserved(posting.fundId(), posting.source());
		for (Map.Entry<String, Long> paid : out.entrySet()) {
			long holds = balances.getOrDefault(paid.getKey(), 0L);
			long kept = reserved.getOrDefault(paid.getKey(), 0L);
			Object account = UserFacingException.label("fund.account." + paid.getKey());
			if (paid.getValue() > holds) {
				throw UserFacingException.conflict("fund.error.notEnough", account, Formats.money(paid.getValue()),
						Formats.money(holds));
			}
			if (paid.getValue() > holds - kept) {
				throw UserFacingException.conflict("fund.error.notEnoughReserved", account, Formats.money(paid.getValue()),
						Formats.money(holds), Formats.money(kept));
			}
		}
	}

	/** Cash, bank and goods: what a fund can give out, so never below zero. */
	static boolean guarded(String code) {
		return Accounts.isMoney(code) || Accounts.GOODS.equals(code);
	}

	/** What proposed and approved support keeps aside, by the account it will be paid from, less the payment being posted. */
	private Map<String, Long> reserved(long fundId, String source) {
		Map<String, Long> reserved = new HashMap<>();
		jdbc.sql("""
				select channel, sum(amount) from fund_disbursement
				where fund_id = :fund and status in ('PROPOSED', 'APPROVED') and 'disbursement:' || id <> :source
				group by channel
				""").param("fund", fundId).param("source", source == null ? "" : source)
			.query((ResultSet rs) -> {
				reserved.put(Channel.valueOf(rs.getString(1)).account(), rs.getLong(2));
			});
		return reserved;
	}

	private void insertLines(long entryId, List<Line> lines, Map<String, Long> accounts) {
		Long[] accountIds = new Long[lines.size()];
		Long[] debits = new Long[lines.size()];
		Long[] credits = new Long[lines.size()];
		for (int i = 0; i < lines.size(); i++) {
			accountIds[i] = accounts.get(lines.get(i).account());
			debits[i] = lines.get(i).debit();
			credits[i] = lines.get(i).credit();
		}
		try {
			jdbc.sql("""
					insert into fund_entry_line (entry_id, line_no, account_id, debit, credit)
					select :entry, n, account, debit, credit
					from unnest(:accounts, :debits, :credits) with ordinality as l(account, debit, credit, n)
					""").param("entry", entryId).param("accounts", accountIds).param("debits", debits)
				.param("credits", credits).update();
		}
		catch (DataIntegrityViolationException e) {
			if (String.valueOf(e.getMessage()).contains("fund_account_no_overdraft")) {
				throw UserFacingException.conflict("fund.error.notEnoughNow");
			}
			throw e;
		}
	}

	/** Walks the entries in order, keeping the previous hash. */
	private static final class ChainCheck {

		private final long fundId;
		private long entries;
		private long lastSeq;
		private String previous = "";
		private Long badId;
		private Long badSeq;
		private String problem;

		ChainCheck(long fundId) {
			this.fundId = fundId;
		}

		void accept(ResultSet rs) throws SQLException {
			entries++;
			if (badId != null) {
				return;
			}
			long id = rs.getLong("id");
			long seq = rs.getLong("seq");
			String lines = rs.getArray("codes") == null ? "" : EntryHash.lines((String[]) rs.getArray("codes").getArray(),
					(Long[]) rs.getArray("debits").getArray(), (Long[]) rs.getArray("credits").getArray());
			String recomputed = EntryHash.of(fundId, seq, rs.getObject("posted_on", LocalDate.class), rs.getString("kind"),
					rs.getString("memo"), (Long) rs.getObject("reverses"), rs.getString("source"), rs.getString("created_by"),
					lines, rs.getString("prev_hash"));
			if (seq != lastSeq + 1) {
				fail(id, seq, "missing");
			}
			else if (!previous.equals(rs.getString("prev_hash"))) {
				fail(id, seq, "link");
			}
			else if (!recomputed.equals(rs.getString("hash"))) {
				fail(id, seq, "content");
			}
			lastSeq = seq;
			previous = rs.getString("hash");
		}

		private void fail(long id, long seq, String what) {
			badId = id;
			badSeq = seq;
			problem = what;
		}

		LedgerCheck result(long headSeq, String headHash) {
			if (badId == null && (headSeq != lastSeq || !headHash.equals(previous))) {
				return new LedgerCheck(false, entries, null, lastSeq + 1, "truncated");
			}
			return new LedgerCheck(badId == null, entries, badId, badSeq, problem);
		}
	}
}
