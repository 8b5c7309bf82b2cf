package vn.mattran.planning;

import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.mattran.planning.internal.Plans;
import vn.mattran.shared.web.PageRequest;

/** What other modules may ask of planning: a plan they name (a fund's drive comes from one), as lists show it. */
@Service
public class PlanLookup {

	private final Plans plans;

	PlanLookup(Plans plans) {
		this.plans = plans;
	}

	/** The plan, when the caller may see it (its issuer's scope or one of its assignees); 404 or 403 otherwise. */
	@Transactional(readOnly = true)
	public PlanSummary summary(long id) {
		Plan p = plans.get(id);
		return new PlanSummary(p.id(), p.kind(), p.symbol(), p.title(), p.issuerName(), p.status(), p.year(),
				p.issuedOn(), p.reportDueOn(), p.documentId(), p.parentPlanId());
	}

	/** The caller's plan of a year with this number and symbol ("50/KH-MTTQ-BTT"), if there is one. */
	@Transactional(readOnly = true)
	public Optional<PlanSummary> bySymbol(String symbol, int year) {
		return plans.search(symbol, null, null, year, null, new PageRequest(0, 20)).items().stream()
			.filter(p -> symbol.equals(p.symbol())).findFirst();
	}
}
