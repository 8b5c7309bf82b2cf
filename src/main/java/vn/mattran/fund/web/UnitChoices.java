package vn.mattran.fund.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.mattran.fund.Fund;
import vn.mattran.fund.internal.Funds;
import vn.mattran.organization.Organization;
import vn.mattran.organization.Unit;
import vn.mattran.shared.security.CurrentUser;

/** The units a form offers: where a fund can be opened, and who below a fund collects or receives. */
@Component
class UnitChoices {

	private final Organization organization;
	private final Funds funds;

	UnitChoices(Organization organization, Funds funds) {
		this.organization = organization;
		this.funds = funds;
	}

	/** The user's home unit and the units directly under it (none for a user without a home unit). */
	List<Unit> forNewFund() {
		Long home = CurrentUser.get().map(user -> user.homeUnitId()).orElse(null);
		return home == null ? List.of() : withChildren(organization.unit(home));
	}

	/** The fund's own unit first, then the units directly under it: a ward's residential groups, a district's communes. */
	List<Unit> below(Fund fund) {
		return withChildren(organization.unit(fund.unitId()));
	}

	private List<Unit> withChildren(Unit unit) {
		// A unit closed by the 2025 reform still has its funds' books: its children are those of its last day.
		LocalDate day = unit.closed(funds.today()) ? unit.validTo() : funds.today();
		List<Unit> units = new ArrayList<>();
		units.add(unit);
		units.addAll(organization.children(unit.id(), day));
		return units;
	}
}
