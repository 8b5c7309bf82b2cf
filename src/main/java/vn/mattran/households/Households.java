package vn.mattran.households;

import java.util.List;
import org.springframework.stereotype.Service;
import vn.mattran.households.internal.Registry;
import vn.mattran.households.internal.Supports;

/**
 * What other modules may ask of the registry: a household in the caller's scope (without its
 * personal details), its open needs, and recording a support it received (the fund's
 * disbursements), kept once per source.
 */
@Service
public class Households {

	private final Registry registry;
	private final Supports supports;

	Households(Registry registry, Supports supports) {
		this.registry = registry;
		this.supports = supports;
	}

	/** The household as lists show it, refused (403/404) outside the caller's scope. */
	public HouseholdSummary summary(long id) {
		return registry.summaryOf(id);
	}

	public List<Need> openNeeds(long householdId) {
		return registry.needs(householdId).stream().filter(Need::open).toList();
	}

	/** Records a support; the same {@code source} recorded again returns the first record and adds nothing. */
	public Support recordSupport(SupportDraft draft) {
		return supports.record(draft);
	}
}
