package vn.mattran.fund;

/** Who gave: a person, a household, an agency or unit, a business, an overseas Vietnamese, or someone who stays anonymous. */
public enum DonorKind {
	PERSON, HOUSEHOLD, AGENCY, BUSINESS, OVERSEAS, ANONYMOUS
}
