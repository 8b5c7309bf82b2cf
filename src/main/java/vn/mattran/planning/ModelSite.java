package vn.mattran.planning;

import java.time.LocalDate;
import java.util.List;

/**
 * A model site (mô hình điểm): of a kind ("Phòng chống tội phạm"), at a residential area, under a
 * body's responsibility, for a period, with its budget allocation in đồng, and its progress notes.
 */
public record ModelSite(long id, Long planId, Long campaignId, String kind, String label, long placeUnitId,
		String placeName, String placePath, Long responsibleBodyId, String responsibleName, LocalDate startsOn,
		LocalDate endsOn, Long budget, List<SiteProgress> progress) {

	public ModelSite {
		progress = progress == null ? List.of() : List.copyOf(progress);
	}

	/** A dated note of how the site is doing. */
	public record SiteProgress(long id, LocalDate reportedOn, String text, String createdBy) {
	}
}
