package vn.mattran.households.web;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.mattran.households.Classification;
import vn.mattran.households.HouseholdSummary;
import vn.mattran.households.internal.HouseholdFilter;
import vn.mattran.households.internal.Registry;
import vn.mattran.organization.Organization;
import vn.mattran.organization.Unit;
import vn.mattran.organization.UnitLevel;
import vn.mattran.shared.security.CurrentUser;
import vn.mattran.shared.web.PageOf;
import vn.mattran.shared.web.PageRequest;

/** The search the page and the API share: a unit given by its code (or an area by its id), within the caller's scope. */
@Component
class HouseholdSearch {

	private final Registry registry;
	private final Organization organization;

	HouseholdSearch(Registry registry, Organization organization) {
		this.registry = registry;
		this.organization = organization;
	}

	PageOf<HouseholdSummary> find(String q, String unitCode, Long areaId, Classification kind, Integer year,
			String sort, PageRequest page) {
		String under = areaId != null ? organization.unit(areaId).path() : registry.pathOfCode(unitCode);
		return registry.search(new HouseholdFilter(q, under, kind, year, sort), page);
	}

	/** The residential areas under the user's home unit, for the area choosers (empty above commune level). */
	List<Unit> areasOfHome() {
		return CurrentUser.get().map(user -> user.homeUnitId()).filter(id -> id != null).map(id -> {
			Unit home = organization.unit(id);
			if (home.level() == UnitLevel.COMMUNE) {
				List<Unit> areas = new ArrayList<>(organization.children(id, registry.dayWithin(home)));
				areas.add(0, home);
				return areas;
			}
			if (home.level() == UnitLevel.RESIDENTIAL) {
				return List.of(home);
			}
			return List.<Unit>of();
		}).orElse(List.of());
	}
}
