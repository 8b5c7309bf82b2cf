package vn.mattran.fund.internal;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.mattran.fund.DonationDraft;
import vn.mattran.fund.Donor;
import vn.mattran.fund.DonorKind;
import vn.mattran.shared.error.InvalidInput;
import vn.mattran.shared.error.UserFacingException;
import vn.mattran.shared.text.VietnameseText;

/**
 * Donors: found without diacritics, suggested when a new one looks like someone already known, and
 * never merged silently — a donation names an existing donor only when the user chose it.
 */
@Service
public class Donors {

	private final DonorRepository donors;

	Donors(DonorRepository donors) {
		this.donors = donors;
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
			return donors.find(draft.donorId()).map(Donor::id)
				.orElseThrow(() -> new InvalidInput("donorId", "fund.error.donorNotFound", String.valueOf(draft.donorId())));
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
