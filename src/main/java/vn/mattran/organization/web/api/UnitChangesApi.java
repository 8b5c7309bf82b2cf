package vn.mattran.organization.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.mattran.organization.Unit;
import vn.mattran.organization.internal.units.Succession;
import vn.mattran.organization.internal.units.UnitChange;
import vn.mattran.organization.internal.units.UnitHistory;
import vn.mattran.organization.internal.units.UnitService;

/** Changing a unit, and its history: successions suggested, confirmed and recorded. */
@RestController
@RequestMapping("/api/v1/units/{code}")
@Tag(name = "Units")
class UnitChangesApi {

	private final UnitService units;
	private final UnitHistory history;

	UnitChangesApi(UnitService units, UnitHistory history) {
		this.units = units;
		this.history = history;
	}

	/** New values of a unit; {@code version} (from an earlier read) guards against overwriting another's change. */
	record UnitChangeJson(String code, String name, String type, LocalDate validFrom, LocalDate validTo, String note,
			Integer version) {
	}

	/** A link to a unit this one went into ({@code direction} "successor") or took over ("predecessor"). */
	record SuccessionJson(String direction, String code, String name, LocalDate validFrom, LocalDate validTo,
			String source, boolean confirmed) {

		static SuccessionJson of(String direction, Succession link) {
			Unit other = link.other();
			return new SuccessionJson(direction, other.code(), other.name(), other.validFrom(), other.validTo(),
					link.source(), link.confirmed());
		}
	}

	/** The successor by code and the day it is looked up on. */
	record SuccessorJson(String successorCode, LocalDate successorValidOn, LocalDate lastDay) {
	}

	@PutMapping
	@Operation(summary = "Change the unit carrying code on validOn")
	UnitJson update(@PathVariable String code, @RequestParam(required = false)
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validOn, @RequestBody UnitChangeJson body) {
		Unit unit = unit(code, validOn);
		int version = body.version() == null ? units.version(unit.id()) : body.version();
		return UnitJson.of(units.update(unit.id(), version, new UnitChange(body.code(), body.name(), body.type(),
				body.validFrom(), body.validTo(), body.note())));
	}

	@GetMapping("/successions")
	@Operation(summary = "Units this one went into and units it took over")
	List<SuccessionJson> successions(@PathVariable String code, @RequestParam(required = false)
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validOn) {
		Unit unit = unit(code, validOn);
		List<SuccessionJson> links = new ArrayList<>();
		history.successors(unit).forEach(link -> links.add(SuccessionJson.of("successor", link)));
		history.predecessors(unit).forEach(link -> links.add(SuccessionJson.of("predecessor", link)));
		return links;
	}

	@PostMapping("/successions")
	@Operation(summary = "Confirm that the unit went into successorCode (system administrators)")
	List<SuccessionJson> confirm(@PathVariable String code, @RequestParam(required = false)
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validOn, @RequestBody SuccessorJson body) {
		Unit unit = unit(code, validOn);
		history.confirm(unit.id(), unit(body.successorCode(), body.successorValidOn()).id());
		return successions(code, validOn);
	}

	@PostMapping("/merge")
	@Operation(summary = "Record that the unit merged into successorCode after lastDay")
	UnitJson merge(@PathVariable String code, @RequestParam(required = false)
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validOn, @RequestBody SuccessorJson body) {
		Unit unit = unit(code, validOn);
		LocalDate takeover = body.successorValidOn() != null ? body.successorValidOn()
				: body.lastDay() == null ? null : body.lastDay().plusDays(1);
		return UnitJson.of(history.markMerged(unit.id(), unit(body.successorCode(), takeover).id(), body.lastDay()));
	}

	private Unit unit(String code, LocalDate day) {
		return units.byCode(code == null ? "" : code, day == null ? units.today() : day);
	}
}
