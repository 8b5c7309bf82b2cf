package vn.mattran.households.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.mattran.households.DuplicatePair;
import vn.mattran.households.Household;
import vn.mattran.households.HouseholdSummary;
import vn.mattran.organization.Organization;
import vn.mattran.shared.security.CurrentUser;
import vn.mattran.shared.web.PageOf;
import vn.mattran.shared.web.PageRequest;

/** The duplicate report over the caller's scope (or a unit of it given by its code). */
@Service
public class Duplicates {

	private final DuplicateFinder finder;
	private final HouseholdRepository households;
	private final Registry registry;
	private final Organization organization;

	Duplicates(DuplicateFinder finder, HouseholdRepository households, Registry registry, Organization organization) {
		this.finder = finder;
		this.households = households;
		this.registry = registry;
		this.organization = organization;
	}

	@Transactional(readOnly = true)
	public PageOf<DuplicatePair> report(String unitCode, PageRequest page) {
		String under = registry.pathOfCode(unitCode);
		PageOf<DuplicateFinder.Pair> pairs = finder.report(CurrentUser.scope(), under, page);
		List<Long> ids = new ArrayList<>();
		pairs.items().forEach(p -> {
			ids.add(p.first());
			ids.add(p.second());
		});
		Map<Long, HouseholdSummary> summaries = new HashMap<>();
		for (Long id : ids) {
			if (!summaries.containsKey(id)) {
				Household household = households.byId(id).orElseThrow();
				summaries.put(id, registry.summary(household));
			}
		}
		return pairs.map(p -> new DuplicatePair(summaries.get(p.first()), summaries.get(p.second()), p.reasons(),
				p.details()));
	}
}
