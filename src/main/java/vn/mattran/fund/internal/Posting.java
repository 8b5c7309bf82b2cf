package vn.mattran.fund.internal;

import java.time.LocalDate;
import java.util.List;

/** A journal entry to post: its day, kind, memo, what posted it (so it posts once) and its lines. */
record Posting(long fundId, LocalDate postedOn, String kind, String memo, String source, Long reverses, List<Line> lines) {

	Posting {
		lines = List.copyOf(lines);
	}

	static Posting of(long fundId, LocalDate postedOn, String kind, String memo, String source, Line... lines) {
		return new Posting(fundId, postedOn, kind, memo, source, null, List.of(lines));
	}
}
