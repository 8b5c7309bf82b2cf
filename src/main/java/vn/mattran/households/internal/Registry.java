package vn.mattran.households.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.mattran.households.Classification;
import vn.mattran.households.ClassificationRecord;
import vn.mattran.households.Household;
import vn.mattran.households.HouseholdSummary;
import vn.mattran.households.Member;
import vn.mattran.households.Need;
import vn.mattran.households.Support;
import vn.mattran.households.SupportKind;
import vn.mattran.organization.Organization;
import vn.mattran.organization.Unit;
import vn.mattran.organization.UnitLevel;
import vn.mattran.shared.audit.AuditAction;
import vn.mattran.shared.audit.AuditEvent;
import vn.mattran.shared.audit.AuditLog;
import vn.mattran.shared.error.InvalidInput;
import vn.mattran.shared.error.UserFacingException;
import vn.mattran.shared.format.Formats;
import vn.mattran.shared.security.CurrentUser;
import vn.mattran.shared.security.Role;
import vn.mattran.shared.text.VietnameseText;
import vn.mattran.shared.web.PageOf;
import vn.mattran.shared.web.PageRequest;

/**
 * The registry's rules: households live in a residential area (or directly in a commune) of the
 * user's scope; every look at a household's page is in the audit log; classifications are added
 * and withdrawn per year, never overwritten; a likely duplicate is shown before it is stored.
 */
@Service
public class Registry {

	static final String ENTITY = "household";

	private final HouseholdRepository households;
	private final ClassificationRepository classifications;
	private final SupportRepository supports;
	private final DuplicateFinder duplicates;
	private final Organization organization;
	private final AuditLog audit;
	private final Clock clock;

	Registry(HouseholdRepository households, ClassificationRepository classifications, SupportRepository supports,
			DuplicateFinder duplicates, Organization organization, AuditLog audit, Clock clock) {
		this.households = households;
		this.classifications = classifications;
		this.supports = supports;
		this.duplicates = duplicates;
		this.organization = organization;
		this.audit = audit;
		this.clock = clock;
	}

	public LocalDate today() {
		return LocalDate.now(clock);
	}

	/** Today, or the unit's last day if it has closed since: the day to list its areas on. */
	public LocalDate dayWithin(Unit unit) {
		return unit.validTo() != null && unit.validTo().isBefore(today()) ? unit.validTo() : today();
	}

	/** A household already registered that the one being saved may be, with the reasons. */
	public record Suspect(HouseholdSummary household, List<String> reasons) {
	}

	/** Raised instead of saving when the household may already be registered; the form shows the suspects. */
	public static class DuplicateSuspected extends UserFacingException {

		private final transient List<Suspect> suspects;

		DuplicateSuspected(List<Suspect> suspects) {
			super(409, "household.error.duplicate", suspects.size(),
					suspects.get(0).household().head() + " (" + suspects.get(0).household().areaName() + ")");
			this.suspects = List.copyOf(suspects);
		}

		public List<Suspect> suspects() {
			return suspects;
		}
	}

	/** Where a household lives: a residential area or a commune in the user's scope. */
	HouseholdRepository.Place place(long unitId) {
		return place(unitId, null, unitId);
	}

	/**
	 * Where a household may be put: a residential area or a commune in the user's scope, in force in
	 * the year it is classified for (a household kept in an area that closed since stays there).
	 */
	HouseholdRepository.Place place(long unitId, Integer year, Long currentUnitId) {
		if (unitId <= 0) {
			throw new InvalidInput("unitId", "household.error.areaRequired");
		}
		Unit unit = organization.unit(unitId);
		if (unit.level() != UnitLevel.RESIDENTIAL && unit.level() != UnitLevel.COMMUNE) {
			throw new InvalidInput("unitId", "household.error.areaLevel", unit.name());
		}
		boolean moved = currentUnitId == null || currentUnitId != unitId;
		if (unit.closed(today()) && moved && (year == null || unit.validTo().getYear() < year)) {
			throw new InvalidInput("unitId", "household.error.areaClosed", unit.name());
		}
		Unit commune = unit.level() == UnitLevel.COMMUNE ? unit
				: organization.lineage(unit).stream().filter(u -> u.level() == UnitLevel.COMMUNE)
					.reduce((a, b) -> b).orElse(unit);
		return new HouseholdRepository.Place(unit.id(), unit.path(), commune.id(), unit.provinceCode());
	}

	@Transactional
	public Household create(HouseholdDraft draft, boolean notDuplicate) {
		CurrentUser.requireRole(Role.OFFICER);
		int year = draft.year() == null ? today().getYear() : draft.year();
		requireYear(year);
		HouseholdRepository.Place place = place(draft.unitId(), year, null);
		List<Member> members = MemberRules.clean(draft.members(), today());
		if (!notDuplicate) {
			refuseSuspects(place, members, null);
		}
		String by = CurrentUser.actorName();
		long id = households.insert(place, text(draft.address(), 300), text(draft.circumstances(), 2000), members, by);
		for (Classification kind : draft.kinds()) {
			classifications.add(id, year, kind, null, null, by);
		}
		households.refreshCurrent(id);
		for (String need : draft.needs()) {
			String description = VietnameseText.cleanOrNull(need);
			if (description != null) {
				supports.insertNeed(id, SupportKind.guess(description), text(description, 300), today(), by);
			}
		}
		Household created = households.byId(id).orElseThrow();
		audit.record(AuditEvent.created(ENTITY, id, place.unitPath(), "Thêm hộ " + created.head(), created.masked()));
		return created;
	}

	@Transactional
	public Household update(long id, int version, HouseholdDraft draft, boolean notDuplicate) {
		CurrentUser.requireRole(Role.OFFICER);
		Household before = inScope(households.lock(id).orElseThrow(() -> notFound(id)));
		if (before.merged()) {
			throw UserFacingException.conflict("household.error.merged", before.head(), String.valueOf(before.mergedInto()));
		}
		HouseholdRepository.Place place = place(draft.unitId(), null, before.unitId());
		List<Member> members = new ArrayList<>(MemberRules.clean(draft.members(), today()));
		if (!notDuplicate) {
			refuseSuspects(place, members, id);
		}
		members.addAll(MemberRules.departed(before.members(), members, today()));
		if (!households.update(id, version, place, text(draft.address(), 300), text(draft.circumstances(), 2000),
				members)) {
			throw UserFacingException.conflict("household.error.changedMeanwhile", before.head());
		}
		Household after = households.byId(id).orElseThrow();
		audit.record(AuditEvent.updated(ENTITY, id, place.unitPath(), "Sửa hộ " + after.head(), before.masked(),
				after.masked()));
		return after;
	}

	/** A household's page: refused outside the scope, and written to the audit log as looked at by this person. */
	@Transactional
	public Household view(long id) {
		Household household = get(id);
		audit.record(new AuditEvent(AuditAction.VIEW, ENTITY, String.valueOf(id), household.unitPath(),
				"Xem hồ sơ hộ " + household.head(), null, null));
		return household;
	}

	/** The household for a change or a check, in scope (not written to the log: no personal data shown). */
	@Transactional(readOnly = true)
	public Household get(long id) {
		return inScope(households.byId(id).orElseThrow(() -> notFound(id)));
	}

	/**
	 * The path of the unit a code names, refused outside the scope; null for no code. The unit
	 * carrying it today, or, when that one is outside the scope, the latest earlier unit with the
	 * code that is inside (a ward merged in 2025 still finds its own registry by its old code).
	 */
	@Transactional(readOnly = true)
	public String pathOfCode(String code) {
		if (code == null || code.isBlank()) {
			return null;
		}
		String wanted = code.strip();
		Optional<Unit> now = organization.unitByCode(wanted, today());
		if (now.isPresent() && CurrentUser.scope().contains(now.get().path())) {
			return now.get().path();
		}
		List<Unit> earlier = organization.periodsOfCode(wanted);
		if (!earlier.isEmpty()) {
			return earlier.get(0).path();
		}
		Unit unit = now.or(() -> organization.latestOfCode(wanted)).orElseThrow(() -> UserFacingException
			.notFound("unit.error.noSuchCode", wanted, Formats.date(today())));
		throw UserFacingException.forbidden("error.outOfScope", unit.name() + " (" + wanted + ")");
	}

	@Transactional(readOnly = true)
	public PageOf<HouseholdSummary> search(HouseholdFilter filter, PageRequest page) {
		return summaries(households.search(filter, CurrentUser.scope(), page));
	}

	/** Rows of a search with their area's name and code. */
	PageOf<HouseholdSummary> summaries(PageOf<HouseholdRepository.Row> rows) {
		Map<Long, Unit> units = organization.units(rows.items().stream().map(HouseholdRepository.Row::unitId).toList());
		return rows.map(row -> summary(row, units.get(row.unitId())));
	}

	@Transactional(readOnly = true)
	public HouseholdSummary summaryOf(long id) {
		return summary(get(id));
	}

	HouseholdSummary summary(Household h) {
		Unit unit = organization.units(List.of(h.unitId())).get(h.unitId());
		String citizenId = h.members().stream().filter(Member::head).findFirst().map(Member::citizenId).orElse(null);
		return summary(new HouseholdRepository.Row(h.id(), h.head(), h.headBirthYear(), h.unitId(), h.unitPath(),
				h.currentYear(), h.currentKinds(), citizenId), unit);
	}

	private static HouseholdSummary summary(HouseholdRepository.Row row, Unit unit) {
		String code = unit == null ? null : unit.code() != null ? unit.code() : unit.parentCode();
		return new HouseholdSummary(row.id(), row.head(), row.headBirthYear(), row.unitId(), row.unitPath(),
				unit == null ? "" : unit.name(), code, Member.mask(row.headCitizenId()), row.currentYear(), row.kinds());
	}

	/** Sets what the household is classified as in {@code year}: new ones added, dropped ones withdrawn with the reason. */
	@Transactional
	public Household classify(long id, int year, Set<Classification> kinds, String why) {
		CurrentUser.requireRole(Role.OFFICER);
		requireYear(year);
		Household household = inScope(households.lock(id).orElseThrow(() -> notFound(id)));
		if (household.merged()) {
			throw UserFacingException.conflict("household.error.merged", household.head(), String.valueOf(household.mergedInto()));
		}
		Set<Classification> held = classifications.held(id, year);
		String reason = text(why, 300);
		Set<Classification> dropped = EnumSet.noneOf(Classification.class);
		dropped.addAll(held);
		dropped.removeAll(kinds);
		if (!dropped.isEmpty() && reason == null) {
			throw new InvalidInput("why", "household.error.whyWithdrawn");
		}
		String by = CurrentUser.actorName();
		kinds.stream().filter(k -> !held.contains(k)).forEach(k -> classifications.add(id, year, k, reason, null, by));
		dropped.forEach(k -> classifications.withdraw(id, year, k, reason, by));
		households.refreshCurrent(id);
		audit.record(AuditEvent.updated(ENTITY, id, household.unitPath(),
				"Phân loại hộ " + household.head() + " năm " + year, Map.of("year", year, "kinds", held),
				Map.of("year", year, "kinds", kinds)));
		return households.byId(id).orElseThrow();
	}

	@Transactional(readOnly = true)
	public List<ClassificationRecord> history(long id) {
		get(id);
		return classifications.history(households.withMerged(id));
	}

	@Transactional(readOnly = true)
	public List<Support> supports(long id) {
		get(id);
		return supports.ofHouseholds(households.withMerged(id));
	}

	@Transactional(readOnly = true)
	public List<Need> needs(long id) {
		get(id);
		return supports.needsOf(households.withMerged(id));
	}

	/** Households merged into this one (their history shows on its page). */
	@Transactional(readOnly = true)
	public List<Household> mergedInto(long id) {
		get(id);
		return households.withMerged(id).stream().filter(other -> other != id)
			.map(other -> households.byId(other).orElseThrow()).toList();
	}

	/** Merges {@code goneId} into {@code keptId}: the gone one stays, marked merged, and its history shows on the kept one. */
	@Transactional
	public Household merge(long keptId, long goneId) {
		CurrentUser.requireRole(Role.OFFICER);
		if (keptId == goneId) {
			throw new InvalidInput("other", "household.error.mergeSelf");
		}
		Household kept = inScope(households.lock(Math.min(keptId, goneId)).orElseThrow(() -> notFound(keptId)));
		Household gone = inScope(households.lock(Math.max(keptId, goneId)).orElseThrow(() -> notFound(goneId)));
		if (kept.id() != keptId) {
			Household swap = kept;
			kept = gone;
			gone = swap;
		}
		for (Household h : List.of(kept, gone)) {
			if (h.merged()) {
				throw UserFacingException.conflict("household.error.merged", h.head(), String.valueOf(h.mergedInto()));
			}
		}
		households.markMerged(gone.id(), kept.id());
		String by = CurrentUser.actorName();
		long into = kept.id();
		String note = "Từ hộ #" + gone.id() + " gộp vào";
		classifications.history(List.of(gone.id())).stream().filter(ClassificationRecord::held)
			.filter(c -> !classifications.held(into, c.year()).contains(c.kind()))
			.forEach(c -> classifications.add(into, c.year(), c.kind(), note, null, by));
		households.refreshCurrent(kept.id());
		audit.record(AuditEvent.updated(ENTITY, gone.id(), gone.unitPath(),
				"Gộp hộ " + gone.head() + " (#" + gone.id() + ") vào hộ " + kept.head() + " (#" + kept.id() + ")",
				gone.masked(), Map.of("mergedInto", kept.id())));
		return households.byId(kept.id()).orElseThrow();
	}

	@Transactional
	public void markNotDuplicate(long a, long b) {
		CurrentUser.requireRole(Role.OFFICER);
		if (a == b) {
			throw new InvalidInput("other", "household.error.mergeSelf");
		}
		Household first = get(a);
		Household second = get(b);
		duplicates.markDistinct(a, b, CurrentUser.actorName());
		audit.record(new AuditEvent(AuditAction.UPDATE, ENTITY, String.valueOf(Math.min(a, b)), first.unitPath(),
				"Hộ " + first.head() + " (#" + a + ") và hộ " + second.head() + " (#" + b + ") không trùng", null, null));
	}

	private void refuseSuspects(HouseholdRepository.Place place, List<Member> members, Long exceptId) {
		List<DuplicateFinder.Candidate> found = duplicates.candidates(CurrentUser.scope(), place.unitId(),
				place.communeId(), members, exceptId);
		if (found.isEmpty()) {
			return;
		}
		Map<Long, List<String>> reasons = new LinkedHashMap<>();
		found.forEach(c -> reasons.computeIfAbsent(c.householdId(), k -> new ArrayList<>())
			.add(c.reason().name() + ":" + c.detail()));
		List<Suspect> suspects = new ArrayList<>();
		reasons.forEach((id, why) -> {
			Household other = households.byId(id).orElseThrow();
			HouseholdSummary summary = CurrentUser.scope().contains(other.unitPath()) ? summary(other)
					: new HouseholdSummary(0, "—", null, 0, "", "", null, null, null, Set.of());
			suspects.add(new Suspect(summary, why.stream().distinct().toList()));
		});
		throw new DuplicateSuspected(suspects);
	}

	private Household inScope(Household household) {
		if (!CurrentUser.scope().contains(household.unitPath())) {
			throw UserFacingException.forbidden("household.error.outOfScope", String.valueOf(household.id()));
		}
		return household;
	}

	private static UserFacingException notFound(long id) {
		return UserFacingException.notFound("household.error.notFound", String.valueOf(id));
	}

	void requireYear(int year) {
		if (year < 2000 || year > today().getYear() + 1) {
			throw new InvalidInput("year", "household.error.year", String.valueOf(year), String.valueOf(today().getYear() + 1));
		}
	}

	static String text(String value, int max) {
		String cleaned = VietnameseText.cleanOrNull(value);
		if (cleaned != null && cleaned.length() > max) {
			throw new InvalidInput("text", "household.error.tooLong", cleaned.substring(0, 30), max);
		}
		return cleaned;
	}
}
