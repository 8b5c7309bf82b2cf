package vn.mattran.documents.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import vn.mattran.documents.DocumentText;
import vn.mattran.documents.DocumentType;
import vn.mattran.documents.RightTitle;
import vn.mattran.organization.Body;
import vn.mattran.organization.BodyKind;
import vn.mattran.organization.Organization;
import vn.mattran.organization.Unit;
import vn.mattran.shared.error.InvalidInput;

/**
 * Who issues a document, as the register and the header need it: the body (in the caller's
 * scope), its unit, the symbol it signs with ("KH-MTTQ-BTT": type, committee, standing board;
 * "UBND-VP": issuing body, drafting office) and the header lines it would print.
 */
@Component
class DocumentParties {

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
	private final Organization organization;

	DocumentParties(Organization organization) {
		this.organization = organization;
	}

	record Issuer(Body body, Body parent, Body drafting, Unit unit) {
	}

	Issuer issuer(DocumentText text) {
		if (text.issuerBodyId() == null) {
			throw new InvalidInput("issuerBodyId", "document.error.issuerRequired");
		}
		Body body = organization.body(text.issuerBodyId());
		Body parent = body.parentBodyId() == null ? null : organization.body(body.parentBodyId());
		Body drafting = text.draftingBodyId() == null ? null : organization.body(text.draftingBodyId());
		if (drafting != null && drafting.unitId() != body.unitId()) {
			throw new InvalidInput("draftingBodyId", "document.error.draftingElsewhere", drafting.name(), body.name());
		}
		return new Issuer(body, parent, drafting, organization.unit(body.unitId()));
	}

	/** "KH-MTTQ-BTT": the type's abbreviation, the committee's for its standing board, the body's, the drafting office's. */
	static String symbolSuffix(DocumentType type, Issuer issuer) {
		List<String> parts = new ArrayList<>();
		add(parts, type.abbreviation());
		if (issuer.parent() != null && issuer.body().kind() == BodyKind.STANDING_BOARD) {
			add(parts, issuer.parent().abbreviation());
		}
		add(parts, issuer.body().abbreviation());
		if (issuer.drafting() != null) {
			add(parts, issuer.drafting().abbreviation());
		}
		return parts.isEmpty() ? null : String.join("-", parts);
	}

	/** The issuing body's name as the header prints it: the body above it upright, the body itself bold. */
	static String issuerLines(Issuer issuer) {
		if (issuer.parent() != null && issuer.body().kind() == BodyKind.STANDING_BOARD) {
			return upper(issuer.parent().name()) + "\n**BAN THƯỜNG TRỰC**";
		}
		if (issuer.parent() != null && issuer.body().kind() == BodyKind.DEPARTMENT) {
			return upper(issuer.parent().name()) + "\n**" + upper(issuer.body().name()) + "**";
		}
		return "**" + upper(issuer.body().name()) + "**";
	}

	/** The Front's bodies use the Front's title, state bodies the national one. */
	static RightTitle rightTitle(Issuer issuer) {
		Body top = issuer.parent() != null ? issuer.parent() : issuer.body();
		return top.kind() == BodyKind.AGENCY ? RightTitle.NATIONAL : RightTitle.FRONT;
	}

	private static void add(List<String> parts, String abbreviation) {
		if (abbreviation != null && !abbreviation.isBlank()) {
			parts.add(abbreviation.strip());
		}
	}

	private static String upper(String text) {
		return text.toUpperCase(VIETNAMESE);
	}
}
