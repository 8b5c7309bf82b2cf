package vn.mattran.documents.internal;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.mattran.documents.DocumentText;
import vn.mattran.documents.OutgoingDocument;
import vn.mattran.documents.internal.SeedDocuments.BodyRef;
import vn.mattran.documents.internal.SeedDocuments.SeedDocument;
import vn.mattran.organization.Body;
import vn.mattran.organization.Organization;
import vn.mattran.organization.Unit;
import vn.mattran.shared.data.Datasets;
import vn.mattran.shared.security.SystemUser;

/**
 * The five seed documents in the demo, after the organisation's demo data: the two that bear a
 * number (50/KH-MTTQ-BTT, 1840/UBND-VP) entered as issued before the platform, the three without
 * one as drafts their bodies can issue.
 */
@Component
@Order(20)
class DemoDocuments implements ApplicationRunner {

	static final String DATASET = "demo-documents";
	private static final Logger log = LoggerFactory.getLogger(DemoDocuments.class);

	private final OutgoingDocuments outgoing;
	private final Organization organization;
	private final Datasets datasets;
	private final boolean demo;

	DemoDocuments(OutgoingDocuments outgoing, Organization organization, Datasets datasets,
			@Value("${mattran.setup.demo:true}") boolean demo) {
		this.outgoing = outgoing;
		this.organization = organization;
		this.datasets = datasets;
		this.demo = demo;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (demo) {
			SystemUser.run(() -> datasets.loadOnce(DATASET, this::load));
		}
	}

	private int load() {
		List<SeedDocument> seeds = SeedDocuments.all();
		for (SeedDocument seed : seeds) {
			DocumentText text = withBodies(seed.text(), body(seed.issuer()), seed.drafting() == null ? null
					: body(seed.drafting()));
			if (seed.number() == null) {
				text = withHeader(text, outgoing.startingPoint(text));
			}
			OutgoingDocument document = seed.number() == null ? outgoing.createDraft(text)
					: outgoing.record(text, seed.number(), seed.issuedOn(), true);
			String expected = seed.number() == null ? null : seed.numbering().symbol();
			if (expected != null && !expected.equals(document.symbol())) {
				log.warn("Seed {} was recorded as {} but reads {}", seed.seed(), document.symbol(), expected);
			}
		}
		log.info("Demo documents loaded: the {} seed documents", seeds.size());
		return seeds.size();
	}

	private Long body(BodyRef ref) {
		Unit unit = organization.unitByCode(ref.unitCode(), ref.on())
			.orElseThrow(() -> new IllegalStateException("The demo has no unit " + ref.unitCode() + " on " + ref.on()));
		return organization.bodies(unit.id()).stream()
			.filter(body -> body.kind() == ref.kind())
			.filter(body -> ref.abbreviation() == null || ref.abbreviation().equals(body.abbreviation()))
			.map(Body::id)
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("The demo has no " + ref.kind() + " in " + unit.name()));
	}

	/** A draft ready to issue: the header its seed lacks (issuing body, title, place) as the organisation has it. */
	private static DocumentText withHeader(DocumentText text, DocumentText header) {
		return new DocumentText(text.type(), text.issuerBodyId(), text.draftingBodyId(),
				text.issuerLines() == null ? header.issuerLines() : text.issuerLines(),
				text.rightTitle() == null || text.rightTitle() == vn.mattran.documents.RightTitle.NONE ? header.rightTitle()
						: text.rightTitle(), true, text.place() == null ? header.place() : text.place(), text.titleLine(),
				text.subject(), text.addressees(), text.legalBases(), text.body(), text.recipientsHeading(),
				text.recipients(), text.signatureCapacity(), text.signaturePosition(), text.signatureNote(), text.signer());
	}

	private static DocumentText withBodies(DocumentText text, Long issuer, Long drafting) {
		return new DocumentText(text.type(), issuer, drafting, text.issuerLines(), text.rightTitle(), text.numbered(),
				text.place(), text.titleLine(), text.subject(), text.addressees(), text.legalBases(), text.body(),
				text.recipientsHeading(), text.recipients(), text.signatureCapacity(), text.signaturePosition(),
				text.signatureNote(), text.signer());
	}
}
