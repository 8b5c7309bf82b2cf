package vn.mattran.organization.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.mattran.organization.Unit;
import vn.mattran.organization.UnitLevel;
import vn.mattran.organization.UnitTypes;
import vn.mattran.organization.internal.units.UnitDraft;
import vn.mattran.organization.internal.units.UnitImport;
import vn.mattran.organization.internal.units.UnitService;
import vn.mattran.shared.error.InvalidInput;
import vn.mattran.shared.web.ApiError;
import vn.mattran.shared.web.Messages;
import vn.mattran.shared.web.PageOf;
import vn.mattran.shared.web.PageRequest;

/** Administrative units: lookup by code on a date, children, search without diacritics, create, import. */
@RestController
@RequestMapping("/api/v1/units")
@Tag(name = "Units", description = "Đơn vị hành chính / administrative units")
class UnitsApi {

	private final UnitService units;
	private final UnitImport unitImport;
	private final Messages messages;

	UnitsApi(UnitService units, UnitImport unitImport, Messages messages) {
		this.units = units;
		this.unitImport = unitImport;
		this.messages = messages;
	}

	@GetMapping("/{code}")
	@Operation(summary = "The unit with this code in force on validOn (default today)")
	UnitJson byCode(@PathVariable String code,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validOn) {
		return UnitJson.of(units.byCode(code, day(validOn)));
	}

	@GetMapping
	@Operation(summary = "The children of parent in force on validOn; without parent the top level")
	List<UnitJson> children(@RequestParam(required = false) String parent,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validOn) {
		LocalDate day = day(validOn);
		if (parent == null || parent.isBlank()) {
			return units.roots(day).stream().filter(unit -> unit.validOn(day)).map(UnitJson::of).toList();
		}
		Unit parentUnit = units.byCode(parent, day);
		return units.children(parentUnit, day, new PageRequest(0, PageRequest.MAX_SIZE * 10)).items().stream()
			.map(UnitJson::of)
			.toList();
	}

	@GetMapping("/search")
	@Operation(summary = "Units whose name contains q, compared without diacritics; X-Total-Count gives the total")
	ResponseEntity<List<UnitJson>> search(@RequestParam String q,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validOn,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		PageOf<Unit> found = units.search(q, validOn, PageRequest.of(page, size));
		return ResponseEntity.ok()
			.header("X-Total-Count", String.valueOf(found.total()))
			.body(found.items().stream().map(UnitJson::of).toList());
	}

	@PostMapping
	@Operation(summary = "Add a unit under a parent in scope")
	ResponseEntity<UnitJson> create(@RequestBody NewUnitJson body) {
		LocalDate day = day(body.validOn());
		Long parentId = null;
		if (body.parentCode() != null && !body.parentCode().isBlank()) {
			parentId = units.byCode(body.parentCode(), day).id();
		}
		UnitLevel level = body.level() == null ? null : UnitTypes.levelOf(body.level())
			.orElseThrow(() -> new InvalidInput("level", "import.error.level", body.level()));
		Unit created = units.create(new UnitDraft(parentId, body.code(), body.name(), body.type(), level,
				body.validFrom(), body.validTo(), body.note()));
		return ResponseEntity.created(URI.create("/api/v1/units/" + (created.code() == null ? "" : created.code())))
			.body(UnitJson.of(created));
	}

	@PostMapping(path = "/import", consumes = "multipart/form-data")
	@Operation(summary = "Add units from CSV or XLSX (code, name, level, parent code); nothing is stored if a row is bad")
	ResponseEntity<?> importFile(@RequestParam("file") MultipartFile file,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validOn)
			throws IOException {
		UnitImport.Result result = unitImport.importFile(file.getOriginalFilename(), file.getBytes(), day(validOn));
		if (result.ok()) {
			return ResponseEntity.status(201).body(Map.of("file", String.valueOf(result.fileName()), "created",
					result.created().size()));
		}
		List<ApiError.FieldProblem> problems = result.problems().stream()
			.map(problem -> new ApiError.FieldProblem(messages.vi("import.where", problem.row(), problem.column()),
					messages.vi(problem.messageKey(), problem.args())))
			.toList();
		return ResponseEntity.unprocessableEntity().body(new ApiError(422, "Unprocessable Entity",
				messages.vi("import.failed", result.problems().size()), messages.en("import.failed", result.problems().size()),
				"/api/v1/units/import", problems));
	}

	private LocalDate day(LocalDate validOn) {
		return validOn == null ? units.today() : validOn;
	}
}
