package vn.mattran.fund.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.mattran.fund.Channel;
import vn.mattran.fund.Drive;
import vn.mattran.fund.internal.Drives;

/** A fund's drives: opening one, its targets for the units below, and progress against them rolled up. */
@RestController
@Tag(name = "Quỹ / Funds")
class DrivesApi {

	private final Drives drives;

	DrivesApi(Drives drives) {
		this.drives = drives;
	}

	record DriveJson(long id, String title, String purpose, LocalDate startsOn, LocalDate endsOn, Long planId,
			Set<Channel> channels, String norm, int dayWageDivisor, String beneficiary, long collected, long donations,
			long target) {

		static DriveJson of(Drive d) {
			return new DriveJson(d.id(), d.title(), d.purpose(), d.startsOn(), d.endsOn(), d.planId(), d.channels(),
					d.norm(), d.dayWageDivisor(), d.beneficiary(), d.collected(), d.donations(), d.target());
		}
	}

	record TargetBody(String amount) {
	}

	record ProgressJson(long unitId, String unitCode, String unitName, long target, long collected, long donations,
			int percent) {

		static ProgressJson of(Drives.Progress p) {
			return new ProgressJson(p.unit().id(), p.unit().code(), p.unit().name(), p.target(), p.collected(),
					p.donations(), p.percent());
		}
	}

	@GetMapping("/api/v1/funds/{id}/drives")
	@Operation(summary = "Các đợt vận động của quỹ / The fund's drives with collected and target")
	List<DriveJson> list(@PathVariable long id) {
		return drives.list(id).stream().map(DriveJson::of).toList();
	}

	@PostMapping("/api/v1/funds/{id}/drives")
	@Operation(summary = "Mở đợt vận động / Open a drive: {title, purpose, startsOn, endsOn, planId, channels, norm, dayWageDivisor, beneficiary}")
	ResponseEntity<DriveJson> open(@PathVariable long id, @RequestBody Drives.DriveDraft body) {
		Drive drive = drives.open(id, body);
		return ResponseEntity.created(URI.create("/api/v1/drives/" + drive.id())).body(DriveJson.of(drive));
	}

	@GetMapping("/api/v1/drives/{id}")
	DriveJson get(@PathVariable long id) {
		return DriveJson.of(drives.get(id));
	}

	@PutMapping("/api/v1/drives/{id}/targets/{unitId}")
	@Operation(summary = "Giao chỉ tiêu cho một đơn vị / Set a unit's target: {amount}")
	List<ProgressJson> target(@PathVariable long id, @PathVariable long unitId, @RequestBody TargetBody body) {
		drives.setTarget(id, unitId, Amounts.of(body.amount()));
		return progress(id);
	}

	@GetMapping("/api/v1/drives/{id}/progress")
	@Operation(summary = "Tiến độ so với chỉ tiêu, cộng dồn theo cấp / Progress against each target, the units below included")
	List<ProgressJson> progress(@PathVariable long id) {
		return drives.progress(id).stream().map(ProgressJson::of).toList();
	}
}
