package vn.mattran.planning;

import java.time.LocalDate;

/**
 * A unit's part in an emulation movement for a year: what it committed to at the start, and the
 * evaluation at the end (a score out of 100, the rating it gives, and a title awarded).
 */
public record Emulation(long id, long campaignId, long unitId, String unitName, String unitPath, int year,
		String commitment, LocalDate committedOn, Integer score, Rating rating, String title, LocalDate evaluatedOn) {

	/** The rating a score gives, as evaluations write it. */
	public enum Rating {
		EXCELLENT, GOOD, DONE, NOT_DONE;

		public static Rating of(int score) {
			return score >= 90 ? EXCELLENT : score >= 70 ? GOOD : score >= 50 ? DONE : NOT_DONE;
		}
	}
}
