package vn.mattran.households;

import java.util.List;
import vn.mattran.shared.web.PageOf;
import vn.mattran.shared.web.PageRequest;
import org.springframework.stereotype.Service;
import vn.mattran.households.internal.HouseholdFilter;
import vn.mattran.households.internal.Registry;
import vn.mattran.households.internal.Supports;
import vn.mattran.organization.Organization;

/**
 * What other modules may ask of the registry: a household in the caller's scope (without its
 * personal details), its open needs, and recording a support it received (the fund's
 * disbursements), kept once per source.
 */
@Service
public class Households {

	private final Registry registry;
	private final Supports supports;
	private final Organization organization;

	Households(Registry registry, Supports supports, Organization organization) {
		this.registry = registry;
		this.supports = supports;
		this.organization = organization;
	}

	/** The household as lists show it, refused (403/404) outside the caller's scope. */
	public HouseholdSummary summary(long id) {
		return registry.summaryOf(id);
	}

	/** Households of a unit and the units below it, of a classification if given, in the caller's scope. */
	public PageOf<HouseholdSummary> within(long unitId, Classification kind, PageRequest page) {
		String path = organization.unit(unitId).path();
		return registry.search(new HouseholdFilter(null, path, kind, null, null), page);
	}

	public List<Need> openNeeds(long householdId) {
		return registry.needs(householdId).stream().filter(Need::open).toList();
	}

	/** Records a support; the same {@code source} recorded again returns the first record and adds nothing. */
	public Support recordSupport(SupportDraft draft) {
		return supports.record(draft);
	}
}
