package vn.mattran.households.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Set;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.mattran.households.Classification;
import vn.mattran.households.ClassificationRecord;
import vn.mattran.households.DuplicatePair;
import vn.mattran.households.Household;
import vn.mattran.households.HouseholdSummary;
import vn.mattran.households.Member;
import vn.mattran.households.Need;
import vn.mattran.households.Support;
import vn.mattran.households.internal.Duplicates;
import vn.mattran.households.internal.HouseholdFilter;
import vn.mattran.households.internal.Registry;
import vn.mattran.shared.web.PageOf;
import vn.mattran.shared.web.PageRequest;

/** The household registry within the caller's scope; every read of one household is in the audit log. */
@RestController
@Tag(name = "Hộ gia đình / Households")
class HouseholdsApi {

	private final Registry registry;
	private final Duplicates duplicates;
	HouseholdsApi(Registry registry, Duplicates duplicates) {
		this.registry = registry;
		this.duplicates = duplicates;
	}

	record HouseholdJson(long id, String head, String unitCode, String area, Integer year,
			Set<Classification> classifications) {

		static HouseholdJson of(HouseholdSummary s) {
			return new HouseholdJson(s.id(), s.head(), s.unitCode(), s.areaName(), s.currentYear(), s.classifications());
		}
	}

	record HouseholdDetailJson(long id, String head, String unitCode, String area, String address,
			String circumstances, Integer year, Set<Classification> classifications, Long mergedInto,
			List<Member> members, List<ClassificationRecord> history, List<Support> support, List<Need> needs) {
	}

	record PairJson(HouseholdJson first, HouseholdJson second, List<DuplicatePair.Reason> reasons, List<String> details) {
	}

	@GetMapping("/api/v1/households")
	@Operation(summary = "Tìm hộ (tên không dấu, số CCCD, đơn vị, phân loại) / Search households")
	ResponseEntity<List<HouseholdJson>> search(@RequestParam(required = false) String q,
			@RequestParam(required = false) String unit, @RequestParam(required = false) Classification classification,
			@RequestParam(required = false) Integer year, @RequestParam(required = false) String sort,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		PageOf<HouseholdSummary> found = registry.search(new HouseholdFilter(q, registry.pathOfCode(unit), classification, year, sort),
				PageRequest.of(page, size));
		return ResponseEntity.ok()
			.header("X-Total-Count", String.valueOf(found.total()))
			.body(found.items().stream().map(HouseholdJson::of).toList());
	}

	@GetMapping("/api/v1/households/{id}")
	@Operation(summary = "Một hộ: thành viên, lịch sử phân loại, hỗ trợ, nhu cầu / One household")
	HouseholdDetailJson get(@PathVariable long id) {
		Household h = registry.view(id);
		HouseholdSummary s = registry.summaryOf(id);
		return new HouseholdDetailJson(h.id(), h.head(), s.unitCode(), s.areaName(), h.address(), h.circumstances(),
				h.currentYear(), h.currentKinds(), h.mergedInto(), h.members(), registry.history(id),
				registry.supports(id), registry.needs(id));
	}

	@GetMapping("/api/v1/households/duplicates")
	@Operation(summary = "Các cặp hộ có thể trùng, kèm lý do / Candidate duplicate pairs with the reason")
	ResponseEntity<List<PairJson>> duplicates(@RequestParam(required = false) String unit,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		PageOf<DuplicatePair> pairs = duplicates.report(unit, PageRequest.of(page, size));
		return ResponseEntity.ok()
			.header("X-Total-Count", String.valueOf(pairs.total()))
			.body(pairs.items().stream().map(p -> new PairJson(HouseholdJson.of(p.first()), HouseholdJson.of(p.second()),
					p.reasons(), p.details())).toList());
	}
}
