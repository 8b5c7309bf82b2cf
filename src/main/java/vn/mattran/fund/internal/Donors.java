package vn.mattran.fund.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.mattran.fund.Channel;
import vn.mattran.fund.DonationDraft;
import vn.mattran.fund.Donor;
import vn.mattran.fund.DonorKind;
import vn.mattran.shared.audit.AuditEvent;
import vn.mattran.shared.audit.AuditLog;
import vn.mattran.shared.error.InvalidInput;
import vn.mattran.shared.error.UserFacingException;
import vn.mattran.shared.security.CurrentUser;
import vn.mattran.shared.security.Role;
import vn.mattran.shared.security.Scope;
import vn.mattran.shared.text.VietnameseText;

/**
 * Donors: found without diacritics, suggested when a new one looks like someone already known, and
 * never merged silently — a donation names an existing donor only when the user chose it.
 */
@Service
public class Donors {

	private final DonorRepository donors;
	private final JdbcClient jdbc;
	private final AuditLog audit;

	Donors(DonorRepository donors, JdbcClient jdbc, AuditLog audit) {
		this.donors = donors;
		this.jdbc = jdbc;
		this.audit = audit;
	}

	/** A donation of a donor, as the donor's page lists it. */
	public record Given(long donationId, String receiptNumber, long amount, LocalDate receivedOn, Channel channel,
			boolean voided, String fund, String drive) {
	}

	/** A donor's page: who, what they gave to funds of the caller's scope, and records that may be the same person. */
	public record Page(Donor donor, Long mergedInto, List<Given> given, List<Donor> similar) {
	}

	/** Refused (403) for a donor all of whose donations and pledges went to funds outside the caller's scope. */
	@Transactional(readOnly = true)
	public Page page(long id) {
		CurrentUser.requireRole(Role.OFFICER);
		Donor donor = get(id);
		long[] reach = donors.reach(id, CurrentUser.scope());
		if (reach[0] > 0 && reach[1] == 0) {
			throw UserFacingException.forbidden("fund.error.donorOutside", String.valueOf(id));
		}
		Long into = donors.mergedInto(id).orElse(null);
		List<Donor> similar = into != null || donor.kind() == DonorKind.ANONYMOUS ? List.of()
				: donors.similar(donor.name(), donor.phone()).stream().filter(d -> d.id() != id).toList();
		return new Page(donor, into, donors.given(id, CurrentUser.scope()), similar);
	}

	/**
	 * Merges {@code otherId} into {@code keepId} once a user has found them to be one person: the other's donations and
	 * pledges move to the one kept and the other record stays, marked as merged. Refused unless every donation and
	 * pledge of both lies in funds of the caller's scope: donors are one register for the country, and an officer
	 * does not rewrite another unit's books. The receipts keep their numbers; the ledger is not touched.
	 */
	@Transactional
	public int merge(long keepId, long otherId) {
		CurrentUser.requireRole(Role.OFFICER);
		jdbc.sql("select id from fund_donor where id in (:a, :b) order by id for update").param("a", keepId)
			.param("b", otherId).query(Long.class).list();
		Donor keep = get(keepId);
		Donor other = get(otherId);
		for (Donor donor : List.of(keep, other)) {
			if (donors.reach(donor.id(), CurrentUser.scope())[0] > 0) {
				throw UserFacingException.forbidden("fund.error.donorMergeOutside", donor.name(), String.valueOf(donor.id()));
			}
		}
		if (keepId == otherId) {
			throw new InvalidInput("other", "fund.error.donorMergeSelf");
		}
		if (keep.kind() == DonorKind.ANONYMOUS || other.kind() == DonorKind.ANONYMOUS) {
			throw new InvalidInput("other", "fund.error.donorMergeAnonymous");
		}
		for (Donor donor : List.of(keep, other)) {
			if (donors.mergedInto(donor.id()).isPresent()) {
				throw UserFacingException.conflict("fund.error.donorAlreadyMerged", donor.name(), String.valueOf(donor.id()));
			}
		}
		int moved = donors.merge(otherId, keepId);
		Scope scope = CurrentUser.scope();
		audit.record(AuditEvent.updated("donor", otherId, scope.everything() || scope.paths().isEmpty() ? null
				: scope.paths().get(0), "Gộp nhà hảo tâm #" + otherId + " " + other.name() + " vào #" + keepId + " "
				+ keep.name(), other, Map.of("mergedInto", keepId, "moved", moved)));
		return moved;
	}

	@Transactional(readOnly = true)
	public List<Donor> search(String text) {
		return donors.search(text, 20);
	}

	/** Known donors with the same name or phone as the one being typed in. */
	@Transactional(readOnly = true)
	public List<Donor> suggestions(String name, String phone) {
		String clean = VietnameseText.cleanOrNull(name);
		return clean == null ? List.of() : donors.similar(clean, VietnameseText.cleanOrNull(phone));
	}

	@Transactional(readOnly = true)
	public Donor get(long id) {
		return donors.find(id).orElseThrow(() -> UserFacingException.notFound("fund.error.donorNotFound", String.valueOf(id)));
	}

	/** The chosen donor, or a new one from the draft's kind and name (an anonymous donor needs no name). */
	@Transactional(propagation = Propagation.MANDATORY)
	long resolve(DonationDraft draft) {
		if (draft.donorId() != null) {
			// a record merged meanwhile (a form opened before the merge) gives the donation to the record kept
			Donor donor = donors.forDonations(List.of(draft.donorId())).get(draft.donorId());
			if (donor == null) {
				throw new InvalidInput("donorId", "fund.error.donorNotFound", String.valueOf(draft.donorId()));
			}
			return donor.id();
		}
		Donor donor = newDonor(draft);
		return donors.insert(donor.kind(), donor.name(), donor.address(), donor.phone());
	}

	/** The new donor a draft names (id 0, not stored yet): its kind, clean name (an anonymous one needs none), address, phone. */
	static Donor newDonor(DonationDraft draft) {
		DonorKind kind = draft.donorKind() == null ? DonorKind.PERSON : draft.donorKind();
		String name = VietnameseText.cleanOrNull(draft.donorName());
		if (name == null && kind != DonorKind.ANONYMOUS) {
			throw new InvalidInput("donorName", "fund.error.donorName");
		}
		if (name != null && name.length() > 300) {
			throw new InvalidInput("donorName", "fund.error.donorNameLong", String.valueOf(name.length()));
		}
		return new Donor(0, kind, name == null ? "Ẩn danh" : name, VietnameseText.cleanOrNull(draft.donorAddress()),
				VietnameseText.cleanOrNull(draft.donorPhone()));
	}
}
