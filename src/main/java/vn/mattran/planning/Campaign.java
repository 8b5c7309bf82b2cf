package vn.mattran.planning;

import java.time.LocalDate;

/**
 * A campaign (cuộc vận động) or an emulation movement (phong trào thi đua): named, long-running,
 * launched by a unit's committee, referred to by plans, model sites and commitments below it.
 */
public record Campaign(long id, long unitId, String unitPath, Kind kind, String name, LocalDate startedOn,
		LocalDate endedOn, String description) {

	public enum Kind {
		CAMPAIGN, EMULATION
	}
}
