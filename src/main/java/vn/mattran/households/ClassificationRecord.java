package vn.mattran.households;

import java.time.OffsetDateTime;

/** One line of a household's classification history: held for a year, perhaps withdrawn later (never erased). */
public record ClassificationRecord(long id, int year, Classification kind, String note, Long reviewId, String addedBy,
		OffsetDateTime addedAt, String withdrawnBy, OffsetDateTime withdrawnAt, String withdrawnWhy) {

	public boolean held() {
		return withdrawnAt == null;
	}
}
